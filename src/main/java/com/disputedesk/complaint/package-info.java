/**
 * Complaints against sellers and listings (DOMAIN.md §4): anyone reports a listing; reports about the same listing
 * form one case, decided once by a complaint reviewer after the accused answered within {@code complaint-response}
 * (or did not: "no response"). Sanctions: warning, listing removal, account suspension; membership cancellation only
 * after a notice and a second response period. The {@code ComplaintCaseProcess} BPMN drives each case.
 */
package com.disputedesk.complaint;
