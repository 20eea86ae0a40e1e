using Banwatch.Features.Intake;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Banwatch.Tests.Features.Intake;

/// <summary>A document's publication date comes from what the file states about itself, never from a date in its text.</summary>
public sealed class PublicationDateTests
{
    private const string Body = "Oslo, 3 December 2008. Norway signed the Convention on Cluster Munitions.";

    [Fact]
    public void Front_matter_gives_the_date() =>
        Assert.Equal(new DateOnly(2008, 12, 4), DocumentReader.FromText("a.md", $"---\ndate: 2008-12-04\n---\n{Body}").Published);

    [Fact]
    public void A_date_in_the_text_is_not_a_publication_date()
    {
        Assert.Null(DocumentReader.FromText("a.txt", Body).Published);
        Assert.Null(DocumentReader.FromHtml("a.html", $"<html><body><p>{Body}</p></body></html>").Published);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2008-12-04T09:00:00Z\">")]
    [InlineData("<meta name=\"date\" content=\"4 December 2008\">")]
    [InlineData("<time datetime=\"2008-12-04\">Thursday</time>")]
    public void Html_metadata_gives_the_date(string element) =>
        Assert.Equal(new DateOnly(2008, 12, 4), DocumentReader.FromHtml("a.html", $"<html><head>{element}</head><body><p>{Body}</p></body></html>").Published);

    [Fact]
    public void A_pdfs_information_dictionary_gives_the_date_and_none_is_guessed_without_it()
    {
        Assert.Equal(new DateOnly(2008, 12, 4), DocumentReader.FromPdf("a.pdf", Pdf("D:20081204120000Z")).Published);
        Assert.Null(DocumentReader.FromPdf("b.pdf", Pdf(null)).Published);
    }

    private static byte[] Pdf(string? created)
    {
        var builder = new PdfDocumentBuilder { IncludeDocumentInformation = created is not null };
        if (created is not null)
        {
            builder.DocumentInformation.CreationDate = created;
        }

        builder.AddPage(595, 842).AddText(Body, 10, new PdfPoint(30, 800), builder.AddStandard14Font(Standard14Font.Helvetica));
        return builder.Build();
    }
}
