/** The notes panel every case view shows. */
@org.springframework.modulith.NamedInterface("ui")
package com.disputedesk.note.ui;
