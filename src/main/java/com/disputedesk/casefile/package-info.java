/**
 * A dispute's case file for a court or a regulator: a PDF dossier of everything the case holds (order, statements,
 * negotiation, every decision version, the appeal, the timeline, the evidence list with hashes) and a ZIP of the
 * evidence files named by their SHA-256. Every export is audited.
 */
package com.disputedesk.casefile;
