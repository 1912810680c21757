/** The case search view; its words and links for found cases are shared with the party record. */
@org.springframework.modulith.NamedInterface("ui")
package com.disputedesk.search.ui;
