package com.disputedesk.evidence;

/** A file as a party uploaded it, before it is checked and stored. */
public record Upload(String filename, String contentType, byte[] content) {}
