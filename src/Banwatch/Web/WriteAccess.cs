using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Banwatch.Web;

/// <summary>Whether a request may change what Banwatch stores, and if not, the reason to show.</summary>
/// <param name="Unauthenticated">The refusal is lifted by signing in (401), not by coming from elsewhere (403).</param>
public readonly record struct WriteDecision(string? Refusal, bool Unauthenticated = false)
{
    public static readonly WriteDecision Allowed = new(null);

    public bool IsAllowed => Refusal is null;
}

/// <summary>
/// Who may write without an account (upload, review, any POST, PUT, PATCH or DELETE, page or API), asked by
/// <see cref="AccessGate"/>. Only the person at the machine, and only while the database has no accounts: the server
/// must listen on loopback addresses only, and the request must come from this machine, name it by a loopback name (a
/// web page cannot rebind its own domain to 127.0.0.1 to write) and not come from another site's page. Once there are
/// accounts, every write is someone's: a reverse proxy on the same machine makes every visitor look local, so being
/// local no longer says who is writing. Callers with a token or a session are judged by <see cref="AccessGate"/>.
/// </summary>
public sealed class WriteAccess(IServer server, string configuredUrls)
{
    private readonly Lazy<IReadOnlyList<string>> _addresses = new(() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses is { Count: > 0 } bound
            ? [.. bound]
            : configuredUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Where the server listens: the bound addresses once started, else the --urls it was given.</summary>
    public IReadOnlyList<string> Addresses => _addresses.Value;

    /// <summary>Why an anonymous request may not write (or enter /admin), or null when it may: the person at the machine on a server without accounts.</summary>
    public async Task<WriteDecision?> AnonymousRefusalAsync(HttpContext context, BanwatchApp app)
    {
        if (await app.Db.Records.GetAsync("any-users", () => app.Db.AnyUsersAsync(), context.RequestAborted))
        {
            return new("this server has accounts: sign in at /login, or send Authorization: Bearer TOKEN (`banwatch tokens create`)", Unauthenticated: true);
        }

        return CanWrite(context) is { IsAllowed: false } refused ? refused : null;
    }

    private WriteDecision CanWrite(HttpContext context)
    {
        var request = context.Request;
        if (Addresses.FirstOrDefault(a => !IsLoopbackUrl(a)) is { } open)
        {
            return new($"this server listens on {open}, not only on a loopback address, so it is read-only without an API token: send Authorization: Bearer TOKEN (`banwatch tokens create`), or run `banwatch serve` on 127.0.0.1 to make changes");
        }

        if (context.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
        {
            return new($"writes are accepted only from this machine, not from {remote}");
        }

        if (!IsLoopbackHost(request.Host.Host))
        {
            return new($"the request names the host '{request.Host.Host}', not this machine (localhost, 127.0.0.1 or [::1]): writes are refused");
        }

        return FromOwnPages(context);
    }

    /// <summary>
    /// Refuses a write another site's page makes a browser send (its Origin or Sec-Fetch-Site says so): with a
    /// session cookie or on loopback, the browser would otherwise act for the person without their knowing.
    /// </summary>
    public static WriteDecision FromOwnPages(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site"
            || request.Headers.Origin.ToString() is { Length: > 0 } origin && !SameOrigin(origin, request))
        {
            return new("the request comes from another site's page: writes are accepted only from Banwatch's own pages or from programs that send no Origin");
        }

        return WriteDecision.Allowed;
    }

    /// <summary>Reads, such as GET and HEAD, are open to everyone; every other method writes.</summary>
    public static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>"http://127.0.0.1:5080", "http://localhost:5080", "http://[::1]:0": yes; "http://0.0.0.0:80", "http://*:80", a name: no.</summary>
    public static bool IsLoopbackUrl(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var authority = start < 0 ? url : url[(start + 3)..];
        authority = authority.Split('/', 2)[0];
        var host = authority.StartsWith('[') ? authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)]
            : authority.Split(':', 2)[0];
        return IsLoopbackHost(host);
    }

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);

    private static bool SameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme.Equals(request.Scheme, StringComparison.OrdinalIgnoreCase)
        && uri.Authority.Equals(request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
