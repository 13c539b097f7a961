package org.alliancecompact.confluence.storage;

import org.alliancecompact.model.mou.Signature;

/**
 * The unique key that makes a second signature impossible at the database: one per edition, member and
 * role, renewed by each withdrawal of the member (whose people may then sign again).
 */
public final class SignatureSlot {

    private SignatureSlot() {}

    public static String of(Signature signature, long withdrawalsOfMember) {
        return signature.editionId() + "|" + signature.memberId() + "|" + signature.role() + "|" + withdrawalsOfMember;
    }
}
