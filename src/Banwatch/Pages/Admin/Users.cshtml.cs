using Banwatch.Core;
using Banwatch.Core.Accounts;
using Banwatch.Core.Failures;
using Banwatch.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Admin;

/// <summary>/admin/users: people and their roles, passwords and API tokens; admins only (the access gate sees to that).</summary>
public sealed class UsersModel(BanwatchApp app) : PageModel
{
    public AccountsOverview Overview { get; private set; } = null!;

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    /// <summary>A token just made, shown on this one answer and never again.</summary>
    public CreatedToken? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = Request.Query["done"];
        Overview = await AccountsOverview.LoadAsync(app, Web.Callers.Of(HttpContext), ct);
    }

    public Task<IActionResult> OnPostAddAsync(string? name, string? role, string? password, CancellationToken ct) => Write(async caller =>
    {
        var added = await Accounts.AddUserAsync(app, caller, name?.Trim() ?? "", ParseRole(role), ct);
        if (!string.IsNullOrEmpty(password))
        {
            await Accounts.SetPasswordAsync(app, caller, added.Name, password, ct);
        }

        return $"Added {added.Name} ({WireName.Of(added.Role)}).";
    }, ct);

    public Task<IActionResult> OnPostRoleAsync(string? name, string? role, CancellationToken ct) => Write(async caller =>
    {
        var changed = await Accounts.ChangeUserAsync(app, caller, name ?? "", ParseRole(role), disable: false, ct);
        return $"{changed.Name} is now {WireName.Of(changed.Role)}.";
    }, ct);

    public Task<IActionResult> OnPostDisableAsync(string? name, CancellationToken ct) => Write(async caller =>
    {
        var changed = await Accounts.ChangeUserAsync(app, caller, name ?? "", null, disable: true, ct);
        return $"{changed.Name} is disabled: their sessions and tokens stop working now.";
    }, ct);

    public Task<IActionResult> OnPostPasswordAsync(string? name, string? password, CancellationToken ct) => Write(async caller =>
    {
        await Accounts.SetPasswordAsync(app, caller, name ?? "", password ?? "", ct);
        return $"Password of {name} set.";
    }, ct);

    public Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct) => Write(async caller =>
    {
        await Accounts.RevokeTokenAsync(app, caller, id, ct);
        return $"Token #{id} revoked.";
    }, ct);

    /// <summary>Answered with the page itself, not a redirect: the token must not travel in a URL or stay in history.</summary>
    public async Task<IActionResult> OnPostTokenAsync(string? user, string? scope, int? days, CancellationToken ct)
    {
        try
        {
            var parsedScope = WireName.TryParse<TokenScope>(scope ?? "", out var s) ? s : throw new BanwatchException(FailureKind.Invalid, $"{new Field("scope")}: '{scope}' is not read or write");
            Created = await Accounts.CreateTokenAsync(app, Web.Callers.Of(HttpContext), user ?? "", parsedScope, days, ct);
            Response.Headers.CacheControl = "no-store";
        }
        catch (BanwatchException e)
        {
            Error = e.MessageFor(FieldStyle.Web);
            Response.StatusCode = e.Contract.HttpStatus;
        }

        Overview = await AccountsOverview.LoadAsync(app, Web.Callers.Of(HttpContext), ct);
        return Page();
    }

    private static Role ParseRole(string? role) =>
        WireName.TryParse<Role>(role ?? "", out var r) ? r : throw new BanwatchException(FailureKind.Invalid, $"{new Field("role")}: '{role}' is not reader, editor or admin");

    private async Task<IActionResult> Write(Func<Caller, Task<string>> write, CancellationToken ct)
    {
        try
        {
            return RedirectToPage(new { done = await write(Web.Callers.Of(HttpContext)) });
        }
        catch (BanwatchException e)
        {
            Error = e.MessageFor(FieldStyle.Web);
            Response.StatusCode = e.Contract.HttpStatus;
            Overview = await AccountsOverview.LoadAsync(app, Web.Callers.Of(HttpContext), ct);
            return Page();
        }
    }
}
