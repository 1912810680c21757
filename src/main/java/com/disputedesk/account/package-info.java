/**
 * A party's standing and its reviews (DOMAIN.md §4): a mediator's fraud flag opens a review and never blocks an
 * account by itself; a suspension (by review or by a complaint sanction) waits for the party's reactivation appeal,
 * which reviewers decide within {@code account-review} working days: reinstated or suspension upheld, with reasons.
 * A suspended party can still appeal dispute decisions. The {@code AccountReviewProcess} BPMN drives each review.
 */
package com.disputedesk.account;
