package org.alliancecompact.model.api;

import org.alliancecompact.model.member.PersonRole;

/**
 * Body of {@code POST /mou/editions/{id}/signatures}: the signer (the caller) signs for the organisation
 * {@code memberId} in {@code role}. The organisation is always named, because one person may act for
 * several (an executive head of two schools, a chair governing several). {@code editionFingerprint} is the
 * fingerprint of the wording they were shown, so a change of wording in between is refused rather than
 * signed. Checked by {@link org.alliancecompact.model.mou.SigningRules#checkSignature}.
 */
public record SignRequest(String memberId, PersonRole role, String minuteReference, String editionFingerprint) {}
