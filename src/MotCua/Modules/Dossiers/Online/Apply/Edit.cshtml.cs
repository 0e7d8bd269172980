using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Online.Data;
using MotCua.Modules.Dossiers.Online.Wallet;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Dossiers.Online.Apply;

/// <summary>
/// The online application: applicant, e-form, one upload per component, how to receive the result; saved as a draft
/// any time, submitted when complete. Only its owner opens it (anyone else gets 404); a submitted one opens its dossier.
/// </summary>
[UploadLimits]
internal sealed class EditModel(
    AppDbContext db, PublishedProcedures procedures, OnlineIntake intake, OnlineRouting routing, WalletFiling wallet, UserManager<AppUser> users, TimeProvider clock,
    IStringLocalizer<OnlineText> text) : PageModel
{
    public OnlineApplication Application { get; private set; } = null!;

    public PublishedProcedure Procedure { get; private set; } = null!;

    /// <summary>What the e-form shows: the stored values, or what was just typed when it was refused.</summary>
    public IReadOnlyDictionary<string, string> Typed { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> FieldErrors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Wallet documents named like each component (by position), offered instead of an upload.</summary>
    public IReadOnlyDictionary<int, List<WalletDocument>> WalletMatches { get; private set; } = new Dictionary<int, List<WalletDocument>>();

    [TempData]
    public string? Message { get; set; }

    /// <summary>Set by <see cref="UploadLimitsAttribute"/> when a file was refused before it was read.</summary>
    [FromQuery(Name = "refused")]
    public string? Refused { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await wallet.FileAsync(Guid.Parse(users.GetUserId(User)!), cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Application.Status == ApplicationStatus.Submitted)
        {
            return Redirect($"/ho-so-cua-toi/{Application.DossierId}");
        }

        if (Refused == nameof(AttachmentRefusal.TooLarge))
        {
            ModelState.AddModelError("", text["Apply_FileTooLarge", intake.MaxMegabytes]);
        }

        Typed = EFormDisplay.ReadValues(Application.Values);
        return Page();
    }

    /// <summary>Takes a wallet document for a component instead of an upload (tái sử dụng); another account's document is not found.</summary>
    public async Task<IActionResult> OnPostUseWalletAsync(Guid id, int position, Guid document, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Application.Status != ApplicationStatus.Draft
            || Procedure.Components.All(c => c.Position != position)
            || await wallet.Usable(Application.OwnerId, Application.OrganisationId).AsNoTracking().SingleOrDefaultAsync(w => w.Id == document, cancellationToken) is not { } chosen)
        {
            return NotFound();
        }

        if (Application.Files.Any(f => f.ComponentPosition == position && f.WalletDocumentId == chosen.Id))
        {
            Message = text["Apply_WalletAlready", chosen.Title];
            return Redirect($"/ho-so-truc-tuyen/{id}#component-{position}");
        }

        Application.Files.Add(new OnlineApplicationFile
        {
            Id = Guid.CreateVersion7(), ApplicationId = Application.Id, ComponentPosition = position, FileName = chosen.FileName, ContentType = chosen.ContentType,
            Size = chosen.Size, Sha256 = chosen.Sha256, StoragePath = chosen.StoragePath, WalletDocumentId = chosen.Id, AddedAt = clock.GetUtcNow().UtcDateTime,
        });
        Touch();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile(id);
        }

        Message = text["Apply_WalletUsed", chosen.Title];
        return Redirect($"/ho-so-truc-tuyen/{id}#component-{position}");
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(Guid id, int position, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Application.Status != ApplicationStatus.Draft)
        {
            return NotFound();
        }

        Typed = EFormDisplay.ReadValues(Application.Values);
        if (Procedure.Components.All(c => c.Position != position))
        {
            ModelState.AddModelError("", text["Apply_UnknownComponent"]);
            return Page();
        }

        if (file is null)
        {
            ModelState.AddModelError("", text["Apply_ChooseFile"]);
            return Page();
        }

        if (Application.Files.Count(f => f.ComponentPosition == position) >= OnlineApplicationRules.MaxFilesPerComponent)
        {
            ModelState.AddModelError("", text["Apply_TooManyFiles", OnlineApplicationRules.MaxFilesPerComponent]);
            return Page();
        }

        await using var content = file.OpenReadStream();
        var (stored, problem) = await intake.StoreAsync(position, content, file.FileName, cancellationToken);
        if (stored is null)
        {
            ModelState.AddModelError("", problem!);
            return Page();
        }

        Application.Files.Add(new OnlineApplicationFile
        {
            Id = Guid.CreateVersion7(), ApplicationId = Application.Id, ComponentPosition = position, FileName = stored.FileName, ContentType = stored.ContentType,
            Size = stored.Size, Sha256 = stored.Sha256, StoragePath = stored.StoragePath, AddedAt = clock.GetUtcNow().UtcDateTime,
        });
        Touch();
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            intake.Delete(stored.StoragePath);
            return ChangedMeanwhile(id);
        }

        Message = text["Apply_FileAdded", stored.FileName];
        return Redirect($"/ho-so-truc-tuyen/{id}#component-{position}");
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(Guid id, Guid file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Application.Status != ApplicationStatus.Draft
            || Application.Files.FirstOrDefault(f => f.Id == file) is not { } row)
        {
            return NotFound();
        }

        Application.Files.Remove(row);
        db.OnlineApplicationFiles.Remove(row);
        Touch();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile(id);
        }

        // A file taken from the wallet stays there; an upload of this draft alone is no longer needed.
        if (row.WalletDocumentId is null && !await FileStillUsedAsync(row.StoragePath, cancellationToken))
        {
            intake.Delete(row.StoragePath);
        }

        Message = text["Apply_FileRemoved", row.FileName];
        return Redirect($"/ho-so-truc-tuyen/{id}#component-{row.ComponentPosition}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Application.Status != ApplicationStatus.Draft)
        {
            return NotFound();
        }

        var uploads = Application.Files.Where(f => f.WalletDocumentId is null).Select(f => f.StoragePath).ToList();
        db.OnlineApplications.Remove(Application);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var path in uploads)
        {
            if (!await FileStillUsedAsync(path, cancellationToken))
            {
                intake.Delete(path);
            }
        }

        Message = text["Apply_Deleted"];
        return Redirect("/ho-so-cua-toi");
    }

    private async Task<IActionResult> SaveAsync(Guid id, bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Application.Status == ApplicationStatus.Submitted)
        {
            // Sent already (a second click, another tab): the dossier it made is the answer.
            return Redirect($"/ho-so-cua-toi/{Application.DossierId}?da-nop=true");
        }

        ModelState.Clear();
        var form = Request.Form;
        var (values, errors, typed) = EFormValues.Check(Procedure.EForm, form.Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value.ToString())), draft: !submit);
        Typed = typed;
        FieldErrors = errors;
        foreach (var (name, message) in errors)
        {
            ModelState.AddModelError(EFormValues.Prefix + name, message);
        }

        Application.ApplicantName = Field("ApplicantName", 300) ?? "";
        Application.IdentityNumber = Field("IdentityNumber", 12);
        Application.TaxCode = Field("TaxCode", 14);
        Application.Address = Field("Address", 300);
        Application.Phone = OnlineApplicationRules.Contact(form["Phone"], ContactKind.Phone, "Phone", ModelState, text);
        Application.Email = OnlineApplicationRules.Contact(form["Email"], ContactKind.Email, "Email", ModelState, text);
        Application.ReturnMethod = Field("ReturnMethod", 20) ?? "";
        Application.PostalAddress = Field("PostalAddress", 300);
        Application.Values = EFormDisplay.WriteValues(values);
        if (submit)
        {
            OnlineApplicationRules.CheckApplicant(Application, ModelState, text);
            foreach (var missing in Procedure.Components.Where(c => c.IsRequired && Application.Files.All(f => f.ComponentPosition != c.Position)))
            {
                ModelState.AddModelError("component-" + missing.Position, text["Apply_ComponentMissing", missing.Name]);
            }

            if (await procedures.FindInForceAsync(Procedure.Code, cancellationToken) is not { } inForce || inForce.VersionId != Procedure.VersionId)
            {
                ModelState.AddModelError("", text["Apply_ProcedureChanged"]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Touch();
        if (submit && Application.DossierId is { } returnedId)
        {
            // The desk asked for completion: the same dossier goes back to its queue with the files now given.
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == returnedId, cancellationToken);
            var attached = (await db.DossierAttachments.Where(f => f.DossierId == returnedId).Select(f => f.StoragePath).ToListAsync(cancellationToken)).ToHashSet();
            try
            {
                intake.Resubmit(dossier, Procedure, Application.Values, ComponentFiles(), attached, Actor.From(HttpContext));
            }
            catch (BusinessRuleException broken)
            {
                ModelState.AddModelError("", broken.Message);
                return Page();
            }

            Application.Status = ApplicationStatus.Submitted;
            Application.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        }
        else if (submit)
        {
            var user = (await users.GetUserAsync(User))!;
            var desk = await routing.DeskForAsync(Application.AgencyId!.Value, cancellationToken);
            var applicant = new OnlineApplicant(
                Application.OrganisationId is null ? ApplicantKind.Individual : ApplicantKind.Organisation, Application.ApplicantName,
                Application.OrganisationId is null ? Application.IdentityNumber : null, Application.TaxCode, Application.Address!, Application.Phone, Application.Email);
            var dossier = intake.Submit(
                Procedure, desk, applicant, Enum.Parse<ReturnMethod>(Application.ReturnMethod), Application.PostalAddress, Application.Values, ComponentFiles(),
                user.Id, Application.OrganisationId, Actor.From(HttpContext));
            Application.Status = ApplicationStatus.Submitted;
            Application.DossierId = dossier.Id;
            Application.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile(id);
        }

        if (submit)
        {
            return Redirect($"/ho-so-cua-toi/{Application.DossierId}?da-nop=true");
        }

        Message = text["Apply_Saved"];
        return Redirect($"/ho-so-truc-tuyen/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var ownerId = Guid.Parse(users.GetUserId(User)!);
        var application = await db.OnlineApplications.Include(a => a.Files).SingleOrDefaultAsync(a => a.Id == id && a.OwnerId == ownerId, cancellationToken);
        if (application is null || await procedures.GetVersionAsync(application.ProcedureVersionId, cancellationToken) is not { } procedure)
        {
            return false;
        }

        Application = application;
        Procedure = procedure;
        await LoadWalletAsync(cancellationToken);
        return true;
    }

    private List<OnlineComponentFile> ComponentFiles() =>
        [.. Application.Files.Select(f => new OnlineComponentFile(f.ComponentPosition, f.FileName, f.ContentType, f.Size, f.Sha256, f.StoragePath, f.WalletDocumentId is not null))];

    private async Task LoadWalletAsync(CancellationToken cancellationToken)
    {
        var documents = await wallet.Usable(Application.OwnerId, Application.OrganisationId).AsNoTracking().OrderByDescending(w => w.AddedAt).Take(200).ToListAsync(cancellationToken);
        WalletMatches = Procedure.Components.ToDictionary(
            c => c.Position,
            c => documents.Where(d => SearchText.Normalize(d.Title) == SearchText.Normalize(c.Name)).ToList());
    }

    private void Touch()
    {
        Application.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        Application.Revision = Guid.NewGuid();
    }

    private IActionResult ChangedMeanwhile(Guid id)
    {
        Message = text["Apply_ChangedMeanwhile"];
        return Redirect($"/ho-so-truc-tuyen/{id}");
    }

    private Task<bool> FileStillUsedAsync(string path, CancellationToken cancellationToken) =>
        db.OnlineApplicationFiles.AnyAsync(f => f.StoragePath == path, cancellationToken);

    /// <summary>A posted field, trimmed; longer than <paramref name="max"/> is an error (the page shows what was typed, nothing is saved).</summary>
    private string? Field(string name, int max)
    {
        var trimmed = Request.Form[name].ToString().Trim();
        if (trimmed.Length > max)
        {
            ModelState.AddModelError(name, text["Apply_TooLong", max]);
            return trimmed[..max];
        }

        return trimmed.Length == 0 ? null : trimmed;
    }
}
