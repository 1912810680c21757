/**
 * Compensation coupons (DOMAIN.md §3): an overturned appeal is credited {@code coupon-issue-delay} working days after
 * the decision, in the split the buyer chose (one coupon if none); each coupon has a unique unguessable code, is valid
 * {@code coupon-validity}, expires by timer and is redeemed once, never returned.
 */
package com.disputedesk.coupon;
