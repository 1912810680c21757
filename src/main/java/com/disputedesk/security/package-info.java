/**
 * Who may do what: back-office users with roles (form login for the workspace, HTTP Basic for operations APIs),
 * the marketplace's API client (HTTP Basic, role MARKETPLACE, acting for the party in X-Party-Id).
 */
package com.disputedesk.security;
