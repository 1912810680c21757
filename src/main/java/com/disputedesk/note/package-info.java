/**
 * Internal notes on any case, for colleagues only: parties never see them (not in the API, not in their emails, not
 * on the timeline). An {@code @username} in a note tells that colleague by email and in "My work".
 */
package com.disputedesk.note;
