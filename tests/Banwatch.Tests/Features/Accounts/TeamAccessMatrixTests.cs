using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Banwatch.Core.Accounts;
using Banwatch.Features.Accounts;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;

namespace Banwatch.Tests.Features.Accounts;

public abstract partial class TeamAccessTests
{
    /// <summary>How a caller comes: an API token, a session cookie, or neither; and what it is allowed (null: refused with that status).</summary>
    private sealed record MatrixCaller(string Who, string? Token, string? Session, Role? Role, HttpStatusCode? Refused);

    /// <summary>
    /// Every write the web app has, API endpoints and page forms alike (found from the app's own routes, so one added
    /// later is covered), against every kind of caller: refused with exactly 401 or 403 and nothing stored, or allowed
    /// by role and answered without a 500.
    /// </summary>
    [Fact]
    public async Task Every_write_endpoint_answers_every_kind_of_caller_by_role_never_a_500_nor_a_silent_success()
    {
        const string password = "correct horse battery";
        await Banwatch.Features.Accounts.Accounts.SetPasswordAsync(App, Caller.Local, "ed", password, Ct);
        await Banwatch.Features.Accounts.Accounts.SetPasswordAsync(App, Caller.Local, "rita", password, Ct);
        await using var web = await StartWebAsync();
        using var client = web.GetTestClient();

        var expiring = await TokenAsync("ed", TokenScope.Write, days: 1);
        var oldSession = (await SignInAsync(client, "ed", password)).Session;
        var revoked = await TokenAsync("ed", TokenScope.Write);
        await Banwatch.Features.Accounts.Accounts.RevokeTokenAsync(App, Caller.Local, revoked.Id, Ct);
        var disabled = await TokenAsync("gone", TokenScope.Write);
        await Banwatch.Features.Accounts.Accounts.ChangeUserAsync(App, Caller.Local, "gone", null, disable: true, Ct);
        _time.Advance(TimeSpan.FromDays(2)); // past the token's expiry and the session's 12 hours

        MatrixCaller[] refused =
        [
            new("anonymous", null, null, null, HttpStatusCode.Unauthorized),
            new("unknown token", "bw_not-a-token", null, null, HttpStatusCode.Unauthorized),
            new("revoked token", revoked.Token, null, null, HttpStatusCode.Unauthorized),
            new("expired token", expiring.Token, null, null, HttpStatusCode.Unauthorized),
            new("disabled account's token", disabled.Token, null, null, HttpStatusCode.Unauthorized),
            new("expired session", null, oldSession, null, HttpStatusCode.Unauthorized),
            new("reader, write token", (await TokenAsync("rita", TokenScope.Write)).Token, null, null, HttpStatusCode.Forbidden),
            new("reader, session", null, (await SignInAsync(client, "rita", password)).Session, null, HttpStatusCode.Forbidden),
            new("editor, read token", (await TokenAsync("ed", TokenScope.Read)).Token, null, null, HttpStatusCode.Forbidden),
        ];
        MatrixCaller[] allowed =
        [
            new("editor, write token", (await TokenAsync("ed", TokenScope.Write)).Token, null, Role.Editor, null),
            new("editor, session", null, (await SignInAsync(client, "ed", password)).Session, Role.Editor, null),
            new("admin, write token", (await TokenAsync("ada", TokenScope.Write)).Token, null, Role.Admin, null),
        ];

        var writes = WriteEndpoints(web);
        Assert.Contains(writes, w => w.Path == "/api/review");
        Assert.Contains(writes, w => w.Path.StartsWith("/admin/users?handler=", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.Path == "/documents");

        var auditBefore = await App.Db.AuditCountAsync(null, null, null, Ct);
        var failures = new List<string>();
        foreach (var caller in refused)
        {
            foreach (var write in writes)
            {
                using var response = await client.SendAsync(Request(write, caller), Ct);
                if (response.StatusCode != caller.Refused)
                {
                    failures.Add($"{caller.Who} {write.Method} {write.Path}: {(int)response.StatusCode}, not {(int)caller.Refused!}");
                }
            }
        }

        Assert.Equal(auditBefore, await App.Db.AuditCountAsync(null, null, null, Ct)); // refused: nothing stored
        foreach (var caller in allowed)
        {
            foreach (var write in writes)
            {
                using var response = await client.SendAsync(Request(write, caller), Ct);
                var status = (int)response.StatusCode;
                var mayDo = Access.Allows(caller.Role!.Value, write.Needed);
                if (mayDo ? status is 401 or 403 or >= 500 : response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{caller.Who} {write.Method} {write.Path}: {status}{(mayDo ? ", refused or failed though allowed" : ", not 403")}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private sealed record WriteEndpoint(string Method, string Path, bool Json, Role Needed);

    /// <summary>The app's writes: every API route with a method other than GET, and every page's POST handler (except signing in and out).</summary>
    private static List<WriteEndpoint> WriteEndpoints(WebApplication web)
    {
        var writes = new List<WriteEndpoint>();
        foreach (var endpoint in ((IEndpointRouteBuilder)web).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            var path = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "id" } => "1",
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "NOR",
                _ => "",
            }))));
            var needed = path.StartsWith("/admin", StringComparison.Ordinal) || path.StartsWith("/api/admin", StringComparison.Ordinal) ? Role.Admin : Role.Editor;
            if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
            {
                if (path is "/login" or "/logout" or "/error")
                {
                    continue;
                }

                writes.AddRange(page.HandlerMethods
                    .Where(h => h.HttpMethod == "Post")
                    .Select(h => new WriteEndpoint("POST", h.Name is null ? path : $"{path}?handler={h.Name}", Json: false, needed)));
            }
            else if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods)
            {
                writes.AddRange(methods.HttpMethods.Where(WriteAccess.IsWrite).Select(m => new WriteEndpoint(m, path, Json: true, needed)));
            }
        }

        return [.. writes.Distinct()];
    }

    private static HttpRequestMessage Request(WriteEndpoint write, MatrixCaller caller)
    {
        var request = new HttpRequestMessage(new HttpMethod(write.Method), write.Path)
        {
            Content = write.Json ? new StringContent("{}", Encoding.UTF8, "application/json") : new FormUrlEncodedContent([]),
        };
        if (caller.Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Token);
        }

        if (caller.Session is not null)
        {
            request.Headers.Add("Cookie", caller.Session);
        }

        return request;
    }
}
