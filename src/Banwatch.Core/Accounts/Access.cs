namespace Banwatch.Core.Accounts;

/// <summary>What a person may do: read everything published; change the record; also manage people and tokens.</summary>
public enum Role
{
    Reader,
    Editor,
    Admin,
}

/// <summary>What an API token lets a script do: read, or also write with its owner's role.</summary>
public enum TokenScope
{
    Read,
    Write,
}

/// <summary>
/// Who may write, in one place: every write that changes the record (ingest, review, positions, categories,
/// actions, obligations) needs an editor; people and tokens need an admin. A script writes only with a token of
/// write scope, and never beyond its owner's role.
/// </summary>
public static class Access
{
    public static Role Needed(bool managesAccounts) => managesAccounts ? Role.Admin : Role.Editor;

    public static bool Allows(Role role, Role needed) => role >= needed;

    public static bool Allows(Role role, TokenScope scope, Role needed) => scope == TokenScope.Write && Allows(role, needed);
}
