/**
 * Emails to parties and back-office staff. Stored in the transaction of the change they report (the transactional
 * outbox), then sent in batches by the relay when SMTP is configured; without SMTP they stay stored for
 * administrators.
 */
package com.disputedesk.notification;
