namespace Banwatch.Web;

/// <summary>How `banwatch serve` faces its visitors.</summary>
/// <param name="Private">Reading needs a sign-in or an API token too (the default lets anyone read what is published).</param>
/// <param name="BehindProxy">
/// A reverse proxy on this machine (terminating TLS) passes requests on: the client's address and scheme are taken from
/// its X-Forwarded-For and X-Forwarded-Proto headers, trusted from loopback addresses only.
/// </param>
public sealed record WebOptions(bool Private = false, bool BehindProxy = false);
