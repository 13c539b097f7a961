package org.alliancecompact.confluence.storage;

/**
 * The unique key that makes a second withdrawal of the same signatures impossible at the database: the
 * member and how many signatures it has ever made. A withdrawal stops every signature made so far from
 * counting, so the next one may be withdrawn only after the member has signed again, which moves the count
 * on. Two requests racing to withdraw the same standing signatures compute the same slot, and the second
 * insert fails on the unique index.
 */
public final class WithdrawalSlot {

    private WithdrawalSlot() {}

    /** The slot of a withdrawal of {@code memberId} after it has made {@code signaturesOfMember} signatures. */
    public static String of(String memberId, long signaturesOfMember) {
        return memberId + "|" + signaturesOfMember;
    }
}
