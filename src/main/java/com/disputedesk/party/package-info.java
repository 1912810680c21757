/**
 * A party's whole record with us: every case they were part of (from the search index), their standing and their
 * coupons, counted as a mediator or reviewer weighs a party. Reads other modules' public APIs; changes nothing.
 */
package com.disputedesk.party;
