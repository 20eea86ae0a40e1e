using Banwatch.Features;

namespace Banwatch.Web;

/// <summary>What the pager under a long list needs: where the page is, and the link to a page at an offset.</summary>
public sealed record PagerModel(Paging Paging, int Count, Func<int, string> Link, string Items);
