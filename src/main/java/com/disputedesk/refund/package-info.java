/**
 * Refund instructions for the marketplace's payments system: exactly one per decision or agreement that owes the
 * buyer money, whatever the event redelivery (unique source reference).
 */
package com.disputedesk.refund;
