package com.disputedesk.evidence;

public enum EvidenceKind { PHOTO, VIDEO, DOCUMENT, TRACKING, CHAT_LOG }
