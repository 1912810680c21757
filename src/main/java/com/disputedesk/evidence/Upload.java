package com.disputedesk.evidence;

import org.springframework.core.io.InputStreamSource;

/** A file as a party uploaded it, before it is checked and stored; read once, as a stream (a multipart file). */
public record Upload(String filename, String contentType, InputStreamSource content) {}
