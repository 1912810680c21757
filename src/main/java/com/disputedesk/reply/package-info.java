/**
 * Reply templates: explanations of decisions and evidence requests that leads keep ready per purpose, outcome and
 * reason code, in English, with placeholders ({@code {buyer}}, {@code {refund}}, {@code {order}},
 * {@code {deadline}}) filled with the case's values when a mediator or commissioner picks one. The case modules say
 * which purposes exist and which codes they have ({@link ReplyPurpose}).
 */
package com.disputedesk.reply;
