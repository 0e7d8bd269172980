using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Reports.Obligations.Data;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>
/// One obligation (ADR-060): its period, due day and status, every version of the report (frozen once submitted, with the
/// signed file), and for the agency's control office and leader the form of the next version — the Biểu 06a rows prefilled
/// from the live statistics and editable, a note, the signed file — saved as a draft or submitted by the leader. Another
/// agency's obligation is not found.
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
[RequestSizeLimit(DetailModel.RequestLimit)]
// Up to ReportedFigures.MaxRows rows of 13 fields each, beyond the form reader's default of 1024 values.
[RequestFormLimits(MultipartBodyLengthLimit = DetailModel.RequestLimit, ValueCountLimit = 8192)]
internal sealed class DetailModel(ReportObligations obligations, DossierStatistics statistics, IAgencyScope scope) : PageModel
{
    /// <summary>The largest request accepted: the largest file setting allowed plus the form's fields.</summary>
    public const long RequestLimit = (1024L * 1024 * 1024) + (1024 * 1024);

    [BindProperty]
    public PreparedReport Input { get; set; } = new();

    [BindProperty(Name = "file")]
    public IFormFile? SignedFile { get; set; }

    [FromQuery(Name = "prefill")]
    public string? Prefill { get; set; }

    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    public ObligationFile? Obligation { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool CanPrepare { get; private set; }

    public bool CanSubmit { get; private set; }

    /// <summary>The note under the form naming where its figures came from (live statistics, the draft, the version in force).</summary>
    public string? PrefillSource { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var file = Obligation!;
        Input = new PreparedReport { Revision = file.Revision.ToString(), Purpose = SubmissionPurpose.Supplement.ToString(), Note = file.Draft?.Note };
        if (CanPrepare && file.Summary.Kind == ReportKind.DossierStatistics)
        {
            var from = Prefill == "live" ? null : file.Draft ?? file.InForce;
            if (from is not null)
            {
                Input.Rows = [.. from.Rows.Select(r => ReportedRowInput.Of(r.RowKey, r.Label, r.Values))];
                PrefillSource = from.State == SubmissionState.Draft ? "Prefill_Draft" : "Prefill_InForce";
            }
            else
            {
                var live = await obligations.LiveAsync(file.Summary, statistics, cancellationToken);
                Input.Rows = [.. live.Table.Rows.Select((r, i) => ReportedRowInput.Of(live.RowKeys[i].Key, r.Label, r.Values))];
                PrefillSource = "Prefill_Live";
            }
        }

        Input.Rows.Add(new ReportedRowInput());
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => PostAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) => PostAsync(id, submit: true, cancellationToken);

    public string FileLink(ReportSubmission submission) => $"/reports/obligations/{Obligation!.Summary.Id}/files/{submission.Id}";

    private async Task<IActionResult> PostAsync(Guid id, bool submit, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanPrepare || (submit && !CanSubmit))
        {
            return Forbid();
        }

        await using var content = SignedFile is null ? null : new MemoryStream();
        if (SignedFile is not null)
        {
            await SignedFile.CopyToAsync(content!, cancellationToken);
            content!.Position = 0;
        }

        var failures = await obligations.PrepareAsync(id, Input, content, SignedFile?.FileName, Actor.From(HttpContext), submit, cancellationToken);
        if (failures.Count > 0)
        {
            Problems = [.. failures.Select(f => f.Message)];
            failures.AddTo(ModelState, nameof(Input));
            await OpenAsync(id, cancellationToken);
            if (failures.Any(f => f.Source == "Error_Stale"))
            {
                // The form is read again from what is saved now: the figures typed are kept, the revision is the current one.
                ModelState.Remove("Input.Revision");
                Input.Revision = Obligation!.Revision.ToString();
            }

            return Page();
        }

        return Redirect($"/reports/obligations/{id}?done={(submit ? "submitted" : "saved")}");
    }

    private async Task<IActionResult?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        Obligation = await obligations.FileAsync(id, cancellationToken);
        if (Obligation is null)
        {
            return NotFound();
        }

        CanPrepare = ReportObligations.CanPrepare(User, scope, Obligation.Summary.AgencyId);
        CanSubmit = ReportObligations.CanSubmit(User, scope, Obligation.Summary.AgencyId);
        return null;
    }
}
