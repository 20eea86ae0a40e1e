using Banwatch.Core.Failures;
using Banwatch.Features.Intake;

namespace Banwatch.Features.Documents;

/// <summary>Files sent from a browser form or an API client, read into memory for <see cref="Ingest.UploadAsync"/>.</summary>
public static class Uploads
{
    /// <summary>The form field the upload form and the API take files from.</summary>
    public const string FieldName = "files";

    private static readonly Field Files = new(FieldName);

    /// <summary>Who uploads, for the audit log: the request's caller (the write gate has let them write).</summary>
    public static Data.Audit Audit(BanwatchApp app, HttpContext context) =>
        Accounts.Accounts.Audit(app, Accounts.Caller.OrLocal(Web.Callers.Of(context), "ingesting documents"));

    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{Files}: send the files as multipart/form-data");
        }

        var form = await request.ReadFormAsync(ct);
        return await ReadAsync(form.Files.GetFiles(FieldName), ct);
    }

    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        if (files.Count == 0)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{Files}: choose one or more files to upload");
        }

        var read = new List<UploadedFile>(files.Count);
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            read.Add(new UploadedFile(file.FileName, buffer.ToArray()));
        }

        return read;
    }
}
