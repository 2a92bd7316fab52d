package cn.gov.yongjia.shixiao.searchindex.business;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the register says about a business, as the index needs it: the caller (the API, which owns the register and
 * the rating policy) fills it; {@link BusinessDocument#from} derives the search fields.
 *
 * @param location         the exact location, or null; for a private residence it is never indexed as it is
 * @param ratingGrade      A, B, C or RECTIFY; null while the rating is pending
 * @param ratingScore      total score of the inspection the rating rests on; null while pending
 * @param lastInspectedOn  date of the newest public inspection, or null
 * @param version          grows with every change of the business (its rating included)
 */
public record BusinessFacts(long businessId, String globalId, String name, String shopSignName, String address,
                            String creditCode, String trade, String townshipCode, String status, LatLon location,
                            boolean privateResidence, String ratingGrade, Integer ratingScore,
                            LocalDate lastInspectedOn, boolean demo, Instant updatedAt, long version) {
}
