package com.disputedesk.account;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.PartyId;
import com.disputedesk.evidence.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A party's standing, its reviews and the reactivation appeal (API.md "Complaints and account reviews"). */
@RestController
@Tag(name = "Accounts", description = "Account standing and reactivation appeals (role MARKETPLACE)")
class AccountController {
  private final AccountReviews reviews;
  private final ReactivationAppeals appeals;

  AccountController(AccountReviews reviews, ReactivationAppeals appeals) {
    this.reviews = reviews;
    this.appeals = appeals;
  }

  /** A party's standing with the account reviews that decided it. */
  record AccountStanding(Standing standing, List<AccountReviewView> reviews) {}

  @GetMapping("/api/v1/accounts/{partyId}")
  @Operation(summary = "The calling party's standing and account reviews, with the reasons of each decision")
  AccountStanding standing(@RequestHeader(PartyId.HEADER) String party, @PathVariable String partyId) {
    if (!PartyId.of(party).value().equals(partyId)) {
      throw new CaseNotFound("account", partyId);
    }
    return new AccountStanding(reviews.standing(partyId), reviews.of(partyId).stream()
        .map(AccountReviewView::of).toList());
  }

  @PostMapping(path = "/api/v1/accounts/{partyId}/reactivation-appeal", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "A suspended party asks for reactivation: message + evidence files (opening report, customs act, "
      + "tracking)")
  ResponseEntity<AccountReviewView> reactivationAppeal(@RequestHeader(PartyId.HEADER) String party,
      @PathVariable String partyId, @RequestParam("message") String message,
      @RequestPart(value = "file", required = false) List<MultipartFile> files) throws IOException {
    List<Upload> uploads = new ArrayList<>();
    for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
      uploads.add(new Upload(f.getOriginalFilename(), f.getContentType(), f));
    }
    AccountReview review = appeals.file(PartyId.of(party), partyId, message, uploads);
    return ResponseEntity.created(URI.create("/api/v1/accounts/" + partyId)).body(AccountReviewView.of(review));
  }
}
