/**
 * Evidence files of any case: stored content-addressed (SHA-256) in PostgreSQL, size-limited, type sniffed from
 * the bytes with Apache Tika. A declared type that lies, or an executable, is refused (415).
 */
package com.disputedesk.evidence;
