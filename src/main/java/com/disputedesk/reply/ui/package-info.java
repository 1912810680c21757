/** The leads' template screen, and the picker the decision and evidence-request forms embed. */
@org.springframework.modulith.NamedInterface("ui")
package com.disputedesk.reply.ui;
