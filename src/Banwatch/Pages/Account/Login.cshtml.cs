using System.Security.Claims;
using Banwatch.Core;
using Banwatch.Core.Failures;
using Banwatch.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Banwatch.Pages.Account;

/// <summary>
/// Sign in with a name and password: a cookie session of <see cref="Web.Sessions.Lifetime"/>, rate-limited per address
/// (<see cref="Web.Sessions.LoginPolicy"/>), with one reason for every refusal.
/// </summary>
[EnableRateLimiting(Web.Sessions.LoginPolicy)]
public sealed class LoginModel(BanwatchApp app) : PageModel
{
    public string? Error { get; private set; }

    public string? Name { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = Local(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? returnUrl, CancellationToken ct)
    {
        (Name, ReturnUrl) = (name, Local(returnUrl));
        try
        {
            var caller = await Accounts.SignInAsync(app, name ?? "", password ?? "", ct);
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, caller.Name), new Claim(ClaimTypes.Role, WireName.Of(caller.Role))], CookieAuthenticationDefaults.AuthenticationScheme);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return LocalRedirect(ReturnUrl);
        }
        catch (BanwatchException e) when (e.Kind == FailureKind.Unauthenticated)
        {
            Error = e.MessageFor(FieldStyle.Web);
            Response.StatusCode = e.Contract.HttpStatus;
            return Page();
        }
    }

    /// <summary>Only a path on this site: a login link must not send people elsewhere afterwards.</summary>
    private string Local(string? url) => url is { Length: > 0 } && Url.IsLocalUrl(url) ? url : "/";
}
