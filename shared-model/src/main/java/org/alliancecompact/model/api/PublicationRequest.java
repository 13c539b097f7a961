package org.alliancecompact.model.api;

import java.time.LocalDate;

/**
 * Body of {@code POST /mou/draft/publication}: the date the new edition takes effect (ISO date; not in
 * the past, after the current edition's). The draft published is the stored one, and only while it is
 * still based on {@code basedOnEditionId}, so nobody publishes a draft that changed under them.
 */
public record PublicationRequest(@IsoTime.AsDate LocalDate effectiveDate, String basedOnEditionId) {}
