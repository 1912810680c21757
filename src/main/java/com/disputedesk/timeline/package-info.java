/** The case timeline: an append-only record of every step of every case, with actor and time. Never updated. */
package com.disputedesk.timeline;
