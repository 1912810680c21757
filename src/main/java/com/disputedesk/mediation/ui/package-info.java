/**
 * The mediators' workspace. {@link com.disputedesk.mediation.ui.CaseFilePanel} is shared: the appeal commission reads
 * the same case file.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.disputedesk.mediation.ui;
