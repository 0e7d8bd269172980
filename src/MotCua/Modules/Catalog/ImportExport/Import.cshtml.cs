using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Catalog.ImportExport;

/// <summary>Download the catalogue, upload a file to import; the report lists every problem with its sheet, row and column.</summary>
[Authorize(Policy = Policies.ManageCatalog)]
[RequestSizeLimit(Endpoints.UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Endpoints.UploadLimit)]
internal sealed class ImportModel(CatalogTransfer transfer, IStringLocalizer<CatalogAdminText> text) : PageModel
{
    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null)
        {
            Report = ImportReport.Failed([new ImportProblem("", null, null, null, text["Import_NoFile"])]);
            return Page();
        }

        await using var stream = upload.OpenReadStream();
        Report = await transfer.ImportAsync(stream, upload.FileName, upload.Length, cancellationToken);
        return Page();
    }
}
