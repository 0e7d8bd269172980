namespace MotCua.Common.Files;

/// <summary>
/// A file of a person's papers (an attachment, a result, a receipt, a wallet document) sent to the one who may read it:
/// as a download, never rendered in the site's origin, with the type detected on upload, and kept by no cache — neither
/// a shared one nor the browser of a shared computer. The platform adds <c>X-Content-Type-Options: nosniff</c>.
/// </summary>
internal static class PrivateDownload
{
    public static IResult Of(HttpContext context, Stream content, string contentType, string fileName)
    {
        NoStore(context);
        return Results.File(content, contentType, fileName);
    }

    public static IResult Of(HttpContext context, byte[] content, string contentType, string fileName)
    {
        NoStore(context);
        return Results.File(content, contentType, fileName);
    }

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "private, no-store";
}
