using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Catalog.ImportExport;

/// <summary>
/// <c>GET /api/v1/catalog/export</c> and <c>POST /api/v1/catalog/import</c>. Both use the sign-in cookie and the
/// <see cref="Policies.ManageCatalog"/> policy; the import is a form post and needs the antiforgery token (form field or
/// <c>RequestVerificationToken</c> header), as a cookie-authenticated state change must (ADR-007).
/// </summary>
internal static class Endpoints
{
    public static void MapCatalogTransfer(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/catalog").WithTags("Catalog administration").RequireAuthorization(Policies.ManageCatalog);
        group.MapGet("/export", ExportAsync).WithName("ExportCatalog").WithParameters(Format)
            .Produces(StatusCodes.Status200OK, null, "application/json", XlsxContentType);
        group.MapPost("/import", ImportAsync).WithName("ImportCatalog").WithMetadata(new RequestSizeLimitAttribute(UploadLimit), Upload)
            .WithFormOptions(multipartBodyLengthLimit: UploadLimit)
            .DisableAntiforgery();
    }

    /// <summary>The request limit is above the file limit so that an oversized file gets the clear message, not a reset connection.</summary>
    public const long UploadLimit = 16 * 1024 * 1024;

    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly EnumParameter<CatalogFileFormat> Format = new("format") { Default = CatalogFileFormat.Json };

    private static readonly UploadForm Upload = new("file", $"The catalogue as exported: .xlsx or .json, at most {CatalogTransfer.MaxImportBytes / (1024 * 1024)} MB.");

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        string? format, CatalogTransfer transfer, TimeProvider clock, IStringLocalizer<CatalogAdminText> text, CancellationToken cancellationToken)
    {
        if (!Format.TryRead(format, out var kind))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Format.Name] = [text["Export_FormatInvalid"]] });
        }

        var file = await transfer.ExportAsync(cancellationToken);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return kind == CatalogFileFormat.Xlsx
            ? TypedResults.File(CatalogXlsx.Write(file), XlsxContentType, $"danh-muc-tthc-{stamp}.xlsx")
            : TypedResults.File(CatalogTransfer.ToJson(file), "application/json", $"danh-muc-tthc-{stamp}.json");
    }

    // The token is checked here rather than by the antiforgery middleware: a request it marks invalid makes any later
    // form read throw, including the re-executed error page's, which would turn a plain 400 into a 500.
    private static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpContext context, IAntiforgery antiforgery, CatalogTransfer transfer, IStringLocalizer<CatalogAdminText> text, IStringLocalizer<SharedText> shared,
        CancellationToken cancellationToken)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(title: text["Import_Antiforgery"], statusCode: StatusCodes.Status400BadRequest);
        }

        if (!context.Request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Upload.FileField] = [text["Import_NoFile"]] });
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (NulCharacterGuard.RefuseForm(form, shared) is { } refused)
        {
            return refused;
        }

        var file = form.Files.GetFile(Upload.FileField);
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Upload.FileField] = [text["Import_NoFile"]] });
        }

        await using var stream = file.OpenReadStream();
        var report = await transfer.ImportAsync(stream, file.FileName, file.Length, cancellationToken);
        return report.Succeeded ? TypedResults.Ok(report) : TypedResults.UnprocessableEntity(report);
    }
}
