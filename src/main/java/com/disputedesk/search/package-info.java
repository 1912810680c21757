/**
 * Back-office case search: one index row per dispute, appeal, complaint case and account review in any state,
 * supplied by the module that owns the case ({@link com.disputedesk.search.CaseIndexSource}) and refreshed before
 * every commit that adds a step to a case's timeline. Exact keys by B-tree (case_key), free text as words (tsvector, and
 * case_word for the newest cases of a word in date order).
 */
package com.disputedesk.search;
