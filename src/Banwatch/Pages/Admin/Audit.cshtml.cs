using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.Accounts;
using Banwatch.Output;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Admin;

/// <summary>/admin/audit: who changed what and when, filtered by person, state and day; admins only.</summary>
public sealed class AuditModel(BanwatchApp app) : PageModel
{
    public AuditLog? Log { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? user, string? state, string? since, string? offset, CancellationToken ct)
    {
        try
        {
            Log = await AuditLog.LoadAsync(
                app,
                Web.Callers.Of(HttpContext),
                string.IsNullOrWhiteSpace(since) ? null : Dates.Parse(since, new Field("since")),
                string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
                string.IsNullOrWhiteSpace(state) ? null : state.Trim(),
                PageRequest.Parse(null, offset, AuditLog.DefaultLimit),
                ct);
        }
        catch (BanwatchException e)
        {
            Error = e.MessageFor(FieldStyle.Web);
            Response.StatusCode = e.Contract.HttpStatus;
        }
    }
}
