// Who may moderate (and, later, own a challenge) is decided in the customer's directory, not in Samen: such roles
// are Microsoft 365 groups that the tenant's administrators manage, and Samen is configured with their ids.
// Moderation and challenge ownership ask through this port; the Graph adapter (graph/) answers with
// checkMemberGroups, and tests use a fake beside them.

/** Port: membership of people in directory groups. */
export interface GroupMembership {
  /**
   * Of `groupIds`, the groups `userId` is a member of (directly, or through nested groups where the directory
   * allows them), keyed by the ids as given (an id given twice in different case: its first spelling). Someone
   * the directory does not know is a member of none. The contract's cases are
   * test-support/group-membership-contract.ts.
   * @throws RangeError for a user or group id that is not a directory object id (a GUID)
   */
  memberOf(userId: string, groupIds: readonly string[]): Promise<ReadonlySet<string>>;
}
