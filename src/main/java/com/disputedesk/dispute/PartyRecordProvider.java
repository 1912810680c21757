package com.disputedesk.dispute;

import java.util.List;

/** Implemented by modules that keep records about parties (complaints, account reviews), newest first. */
public interface PartyRecordProvider {
  List<PartyRecord> recordsOf(String partyId);
}
