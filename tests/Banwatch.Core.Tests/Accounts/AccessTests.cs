using Banwatch.Core.Accounts;

namespace Banwatch.Core.Tests.Accounts;

/// <summary>Who may write: each role against each kind of write, and what a token's scope adds or takes away.</summary>
public sealed class AccessTests
{
    [Theory]
    [InlineData(Role.Reader, false, false)]
    [InlineData(Role.Editor, true, false)]
    [InlineData(Role.Admin, true, true)]
    public void Changing_the_record_needs_an_editor_and_managing_accounts_an_admin(Role role, bool record, bool accounts)
    {
        Assert.Equal(record, Access.Allows(role, Access.Needed(managesAccounts: false)));
        Assert.Equal(accounts, Access.Allows(role, Access.Needed(managesAccounts: true)));
    }

    [Theory]
    [InlineData(Role.Admin, TokenScope.Read, false)]
    [InlineData(Role.Editor, TokenScope.Write, true)]
    [InlineData(Role.Reader, TokenScope.Write, false)]
    public void A_token_writes_only_with_write_scope_and_never_beyond_its_owners_role(Role role, TokenScope scope, bool allowed) =>
        Assert.Equal(allowed, Access.Allows(role, scope, Access.Needed(managesAccounts: false)));
}
