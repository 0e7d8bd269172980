using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Portal.Data;
using MotCua.Modules.Portal.Wallet;

namespace MotCua.Modules.Portal.Apply;

/// <summary>
/// The online application: applicant, e-form, one upload per component, how to receive the result; saved as a draft
/// any time, submitted when complete. Only its owner opens it (anyone else gets 404); a submitted one opens its dossier.
/// </summary>
[UploadLimits]
internal sealed class EditModel(
    AppDbContext db, PublishedProcedures procedures, OnlineIntake intake, OnlineRouting routing, WalletFiling wallet, UserManager<AppUser> users, TimeProvider clock,
    IStringLocalizer<PortalText> text) : PageModel
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

    /// <summary>What a post that shows the page again has done (a file taken, the valid values saved); not carried to the next page.</summary>
    public string? Notice { get; private set; }

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

        if (Refused == UploadLimitsAttribute.TooLarge)
        {
            new RuleFailure("", text["Apply_FileTooLarge", intake.MaxMegabytes]).AddTo(ModelState);
        }

        Typed = EFormDisplay.ReadValues(Application.Values);
        return Page();
    }

    /// <summary>
    /// Takes a wallet document for a component instead of an upload (tái sử dụng), saving what the form carries as a draft;
    /// another account's document is not found.
    /// </summary>
    public async Task<IActionResult> OnPostUseWalletAsync(Guid id, int position, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Application.Status != ApplicationStatus.Draft
            || Procedure.Components.All(c => c.Position != position)
            || !Guid.TryParse(Request.Form[WalletChoice(position)].ToString(), out var document)
            || await wallet.Usable(Application.OwnerId, Application.OrganisationId).AsNoTracking().SingleOrDefaultAsync(w => w.Id == document, cancellationToken) is not { } chosen)
        {
            return NotFound();
        }

        TakePosted(submit: false);
        var already = Application.Files.Any(f => f.ComponentPosition == position && f.WalletDocumentId == chosen.Id);
        if (!already)
        {
            Application.AddFile(position, chosen.FileName, chosen.ContentType, chosen.Size, chosen.Sha256, chosen.StoragePath, chosen.Id, clock.GetUtcNow().UtcDateTime);
        }

        if (!await TrySaveAsync())
        {
            return ChangedMeanwhile(id);
        }

        return AfterFileChange(id, position, text[already ? "Apply_WalletAlready" : "Apply_WalletUsed", chosen.Title]);
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    /// <summary>Stores the file chosen for a component, saving what the form carries as a draft first (the upload button belongs to the form).</summary>
    public async Task<IActionResult> OnPostUploadAsync(Guid id, int position, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Application.Status != ApplicationStatus.Draft)
        {
            return NotFound();
        }

        TakePosted(submit: false);
        var file = Request.Form.Files.GetFile(FileInput(position));
        string? storedPath = null;
        string? done = null;
        if (Procedure.Components.All(c => c.Position != position))
        {
            new RuleFailure("", text["Apply_UnknownComponent"]).AddTo(ModelState);
        }
        else if (file is null)
        {
            new RuleFailure(ComponentKey(position), text["Apply_ChooseFile"]).AddTo(ModelState);
        }
        else if (Application.Files.Count(f => f.ComponentPosition == position) >= OnlineApplicationRules.MaxFilesPerComponent)
        {
            new RuleFailure(ComponentKey(position), text["Apply_TooManyFiles", OnlineApplicationRules.MaxFilesPerComponent]).AddTo(ModelState);
        }
        else
        {
            await using var content = file.OpenReadStream();
            var (stored, problem) = await intake.StoreAsync(position, content, file.FileName, cancellationToken);
            if (stored is null)
            {
                new RuleFailure(ComponentKey(position), problem!).AddTo(ModelState);
            }
            else
            {
                Application.AddFile(position, stored.FileName, stored.ContentType, stored.Size, stored.Sha256, stored.StoragePath, null, clock.GetUtcNow().UtcDateTime);
                storedPath = stored.StoragePath;
                done = text["Apply_FileAdded", stored.FileName];
            }
        }

        if (!await TrySaveAsync())
        {
            if (storedPath is not null)
            {
                intake.Delete(storedPath);
            }

            return ChangedMeanwhile(id);
        }

        return AfterFileChange(id, position, done);
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(Guid id, Guid file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Application.Status != ApplicationStatus.Draft
            || Application.Files.FirstOrDefault(f => f.Id == file) is not { } row)
        {
            return NotFound();
        }

        TakePosted(submit: false);
        Application.RemoveFile(row);
        db.OnlineApplicationFiles.Remove(row);
        if (!await TrySaveAsync())
        {
            return ChangedMeanwhile(id);
        }

        // A file taken from the wallet stays there; an upload of this draft alone is no longer needed.
        if (row.WalletDocumentId is null && !await FileStillUsedAsync(row.StoragePath, cancellationToken))
        {
            intake.Delete(row.StoragePath);
        }

        return AfterFileChange(id, row.ComponentPosition, text["Apply_FileRemoved", row.FileName]);
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
        TakePosted(submit);
        if (submit)
        {
            (await CheckSubmissionAsync(cancellationToken)).AddTo(ModelState);
        }

        if (!ModelState.IsValid)
        {
            // What passed is kept, so nothing typed correctly has to be typed again.
            if (!await TrySaveAsync())
            {
                return ChangedMeanwhile(id);
            }

            Notice = text["Apply_SavedValid"];
            return Page();
        }

        Touch();
        if (submit && Application.DossierId is { } returnedId)
        {
            // The desk asked for completion: the same dossier goes back to its queue with the files now given.
            try
            {
                await intake.ResubmitAsync(returnedId, Procedure, Application.Values, ComponentFiles(), Actor.From(HttpContext), cancellationToken);
            }
            catch (BusinessRuleException broken)
            {
                new RuleFailure("", broken.Message).AddTo(ModelState);
                return Page();
            }

            Application.Submit(returnedId, clock.GetUtcNow().UtcDateTime);
        }
        else if (submit)
        {
            var user = (await users.GetUserAsync(User))!;
            var desk = await routing.DeskForAsync(Application.AgencyId!.Value, cancellationToken);
            var applicant = new OnlineApplicant(
                Application.OrganisationId is null ? ApplicantKind.Individual : ApplicantKind.Organisation, Application.ApplicantName,
                Application.OrganisationId is null ? Application.IdentityNumber : null, Application.TaxCode, Application.Address!, Application.Phone, Application.Email);
            var dossierId = intake.Submit(
                Procedure, desk, applicant, Enum.Parse<ReturnMethod>(Application.ReturnMethod), Application.PostalAddress, Application.Values, ComponentFiles(),
                user.Id, Application.OrganisationId, Actor.From(HttpContext));
            Application.Submit(dossierId, clock.GetUtcNow().UtcDateTime);
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

    /// <summary>
    /// What stops the application being sent: the applicant (a field already refused as it was typed keeps that one
    /// message), each required component without a file, a procedure no longer in force in this version.
    /// </summary>
    private async Task<IReadOnlyList<RuleFailure>> CheckSubmissionAsync(CancellationToken cancellationToken)
    {
        var failures = OnlineApplicationRules.CheckApplicant(Application, text)
            .Where(f => ModelState.GetFieldValidationState(f.Field) != ModelValidationState.Invalid).ToList();
        failures.AddRange(Procedure.Components
            .Where(c => c.IsRequired && Application.Files.All(f => f.ComponentPosition != c.Position))
            .Select(c => new RuleFailure(ComponentKey(c.Position), text["Apply_ComponentMissing", c.Name])));
        if (await procedures.FindInForceAsync(Procedure.Code, cancellationToken) is not { } inForce || inForce.VersionId != Procedure.VersionId)
        {
            failures.Add(new RuleFailure("", text["Apply_ProcedureChanged"]));
        }

        return failures.AsResult();
    }

    /// <summary>
    /// Takes what the form carries into the draft: a valid value replaces the stored one; a refused one leaves the stored
    /// value and is shown again as typed with its error beside it; a blank one clears it; a field not posted is left alone.
    /// </summary>
    private void TakePosted(bool submit)
    {
        var (values, failures, typed) = EFormValues.Update(
            Procedure.EForm, EFormDisplay.ReadValues(Application.Values), [.. Request.Form.Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value.ToString()))],
            draft: !submit);
        Typed = typed;
        FieldErrors = failures.ToDictionary(f => f.Field, f => f.Message, StringComparer.Ordinal);
        failures.AddTo(ModelState, EFormValues.FormName);

        Application.ChangeValues(EFormDisplay.WriteValues(values));
        var a = Application;
        var (applicantName, identityNumber, taxCode, address, phone, email) = (a.ApplicantName, a.IdentityNumber, a.TaxCode, a.Address, a.Phone, a.Email);
        var (returnMethod, postalAddress) = (a.ReturnMethod, a.PostalAddress);
        Take("ApplicantName", 300, value => applicantName = value ?? "");
        if (a.OrganisationId is null)
        {
            Take("IdentityNumber", 12, value => identityNumber = value, v => Identifiers.IsPersonalNumber(v) ? v : null, "Apply_IdentityRequired");
        }
        else
        {
            Take("TaxCode", 14, value => taxCode = value, v => Identifiers.IsEnterpriseCode(v) ? v : null, "Apply_TaxCodeRequired");
        }

        Take("Address", 300, value => address = value);
        Take("Phone", 20, value => phone = value, v => OnlineApplicationRules.ReadContact(v, ContactKind.Phone), "Apply_PhoneInvalid");
        Take("Email", 254, value => email = value, v => OnlineApplicationRules.ReadContact(v, ContactKind.Email), "Apply_EmailInvalid");
        Take("ReturnMethod", 20, value => returnMethod = value ?? "");
        Take("PostalAddress", 300, value => postalAddress = value);
        a.ChangeApplicant(new ApplicantDetails(applicantName, identityNumber, taxCode, address, phone, email));
        a.ChangeReturn(returnMethod, postalAddress);
    }

    /// <summary>
    /// One posted applicant field, trimmed: stored when blank (as null) or when <paramref name="read"/> accepts it (in the form
    /// it gives); too long or not accepted, the error goes beside the field and the stored value stays.
    /// </summary>
    private void Take(string name, int max, Action<string?> store, Func<string, string?>? read = null, string? invalid = null)
    {
        if (!Request.Form.TryGetValue(name, out var posted))
        {
            return;
        }

        var typed = posted.ToString().Trim();
        if (typed.Length > max)
        {
            new RuleFailure(name, text["Apply_TooLong", max]).AddTo(ModelState);
        }
        else if (typed.Length == 0 || read is null)
        {
            store(typed.Length == 0 ? null : typed);
        }
        else if (read(typed) is { } value)
        {
            store(value);
        }
        else
        {
            new RuleFailure(name, text[invalid!]).AddTo(ModelState);
        }
    }

    /// <summary>After a file was taken or removed: back to the component, or the page again when something posted was refused.</summary>
    private IActionResult AfterFileChange(Guid id, int position, string? done)
    {
        if (!ModelState.IsValid)
        {
            Notice = done;
            return Page();
        }

        Message = done;
        return Redirect($"/ho-so-truc-tuyen/{id}#component-{position}");
    }

    /// <summary>The names the page gives a component's file input and wallet choice, and the key of its errors.</summary>
    public static string FileInput(int position) => "file-" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string WalletChoice(int position) => "document-" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ComponentKey(int position) => "component-" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An applicant field as shown: what was just posted when the page comes back after a post, else the stored value.</summary>
    public string? Shown(string name, string? stored) =>
        HttpMethods.IsPost(Request.Method) && Request.HasFormContentType && Request.Form.TryGetValue(name, out var posted) ? posted.ToString() : stored;

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

    /// <summary>Saves the draft under a new revision; false when another request saved it meanwhile.</summary>
    private async Task<bool> TrySaveAsync()
    {
        Touch();
        try
        {
            // Not cancelled half-way: a file may already be stored for this change.
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private void Touch() => Application.Touch(clock.GetUtcNow().UtcDateTime);

    private IActionResult ChangedMeanwhile(Guid id)
    {
        Message = text["Apply_ChangedMeanwhile"];
        return Redirect($"/ho-so-truc-tuyen/{id}");
    }

    private Task<bool> FileStillUsedAsync(string path, CancellationToken cancellationToken) =>
        db.OnlineApplicationFiles.AnyAsync(f => f.StoragePath == path, cancellationToken);
}
