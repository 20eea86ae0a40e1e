using Banwatch.Features.Accounts;

namespace Banwatch.Web;

/// <summary>Who a request acts for, as <see cref="AccessGate"/> established it: an API token's owner or the person signed in, else the person at the machine.</summary>
public static class Callers
{
    private const string Key = "banwatch.caller";

    public static Caller Of(HttpContext context) => context.Items[Key] as Caller ?? Caller.Local;

    internal static void Set(HttpContext context, Caller caller) => context.Items[Key] = caller;
}
