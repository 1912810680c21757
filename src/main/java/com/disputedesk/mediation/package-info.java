/**
 * Mediation of escalated disputes: mediators claim from the queue, request more evidence with a deadline, and
 * decide a refund that never exceeds the part paid in money (DOMAIN.md §1b). Includes the mediators' workspace.
 */
package com.disputedesk.mediation;
