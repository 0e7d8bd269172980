using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Portal.Data;

internal enum ApplicationStatus
{
    /// <summary>Being filled in; only its owner sees it.</summary>
    Draft = 1,

    /// <summary>Sent: a dossier was made of it and waits at the one-stop desk (or went further).</summary>
    Submitted = 2,
}

/// <summary>
/// An online application (hồ sơ trực tuyến) while a citizen fills it in: the procedure version, the agency chosen among
/// those competent, the applicant's details, the e-form values, the files of each component and how the result is
/// to be returned. Submitting it makes a dossier at the one-stop desk (<see cref="DossierId"/>).
/// </summary>
internal sealed class OnlineApplication
{
    public const int ValuesMaxLength = 100_000;

    private readonly List<OnlineApplicationFile> _files = [];

    private OnlineApplication()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The citizen account that fills it in.</summary>
    public Guid OwnerId { get; private set; }

    /// <summary>The organisation the citizen applies for (they must be a member); null for themself.</summary>
    public Guid? OrganisationId { get; private set; }

    public string ProcedureCode { get; private set; } = "";

    public Guid ProcedureVersionId { get; private set; }

    /// <summary>The competent agency the citizen chose (routing by competence, never by where they live).</summary>
    public Guid? AgencyId { get; private set; }

    public string ApplicantName { get; private set; } = "";

    public string? IdentityNumber { get; private set; }

    public string? TaxCode { get; private set; }

    public string? Address { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The e-form values, a JSON object of name → text (<c>EFormValues</c>).</summary>
    public string Values { get; private set; } = "{}";

    /// <summary>Counter, Postal or Online (the dossiers' <c>ReturnMethod</c> names).</summary>
    public string ReturnMethod { get; private set; } = "Online";

    /// <summary>Where the result is posted, when by post.</summary>
    public string? PostalAddress { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public Guid? DossierId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    /// <summary>Changes with every save: two tabs or a double click cannot both save or submit the same state.</summary>
    public Guid Revision { get; private set; }

    public IReadOnlyList<OnlineApplicationFile> Files => _files;

    /// <summary>A new draft for the procedure version and the chosen agency, with the applicant's details as the account knows them.</summary>
    public static OnlineApplication Start(
        Guid ownerId, Guid? organisationId, string procedureCode, Guid procedureVersionId, Guid agencyId, ApplicantDetails applicant, DateTime at)
    {
        var application = new OnlineApplication
        {
            Id = Guid.CreateVersion7(), OwnerId = ownerId, OrganisationId = organisationId, ProcedureCode = procedureCode, ProcedureVersionId = procedureVersionId,
            AgencyId = agencyId, Status = ApplicationStatus.Draft, CreatedAt = at, UpdatedAt = at, Revision = Guid.NewGuid(),
        };
        application.ChangeApplicant(applicant);
        return application;
    }

    /// <summary>
    /// The applicant's details as now given. A citizen applying for themself is named by their identity number, an
    /// organisation by its tax code: the other number is not kept.
    /// </summary>
    public void ChangeApplicant(ApplicantDetails applicant)
    {
        ApplicantName = applicant.Name;
        IdentityNumber = OrganisationId is null ? applicant.IdentityNumber : null;
        TaxCode = OrganisationId is null ? null : applicant.TaxCode;
        Address = applicant.Address;
        Phone = applicant.Phone;
        Email = applicant.Email;
    }

    /// <summary>How the result is to be returned (a <c>ReturnMethod</c> name) and, by post, where to.</summary>
    public void ChangeReturn(string method, string? postalAddress)
    {
        ReturnMethod = method;
        PostalAddress = postalAddress;
    }

    /// <summary>The e-form values as now given (<c>EFormValues</c> JSON).</summary>
    public void ChangeValues(string values) => Values = values;

    /// <summary>Adds a file for the component at <paramref name="position"/>: an upload, or a wallet document's file.</summary>
    public OnlineApplicationFile AddFile(int position, string fileName, string contentType, long size, string sha256, string storagePath, Guid? walletDocumentId, DateTime at)
    {
        var file = new OnlineApplicationFile
        {
            Id = Guid.CreateVersion7(), ApplicationId = Id, ComponentPosition = position, FileName = fileName, ContentType = contentType, Size = size,
            Sha256 = sha256, StoragePath = storagePath, WalletDocumentId = walletDocumentId, AddedAt = at,
        };
        _files.Add(file);
        return file;
    }

    public void RemoveFile(OnlineApplicationFile file) => _files.Remove(file);

    /// <summary>Marks a change saved at <paramref name="at"/> under a new revision.</summary>
    public void Touch(DateTime at)
    {
        UpdatedAt = at;
        Revision = Guid.NewGuid();
    }

    /// <summary>Sent: <paramref name="dossierId"/> is the dossier made of it (or the same dossier, sent again after completion).</summary>
    public void Submit(Guid dossierId, DateTime at)
    {
        Status = ApplicationStatus.Submitted;
        DossierId = dossierId;
        SubmittedAt = at;
    }

    /// <summary>Back to a draft, to complete it after the desk's request; its dossier stays the same.</summary>
    public void Reopen()
    {
        Status = ApplicationStatus.Draft;
        Revision = Guid.NewGuid();
    }
}

internal sealed class OnlineApplicationConfiguration : IEntityTypeConfiguration<OnlineApplication>
{
    public void Configure(EntityTypeBuilder<OnlineApplication> builder)
    {
        builder.ToTable("OnlineApplications");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ProcedureCode).HasMaxLength(20);
        builder.Property(a => a.ApplicantName).HasMaxLength(300);
        builder.Property(a => a.IdentityNumber).HasMaxLength(12);
        builder.Property(a => a.TaxCode).HasMaxLength(14);
        builder.Property(a => a.Address).HasMaxLength(300);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.Values).HasMaxLength(OnlineApplication.ValuesMaxLength);
        builder.Property(a => a.ReturnMethod).HasMaxLength(20);
        builder.Property(a => a.PostalAddress).HasMaxLength(300);
        builder.Property(a => a.Status).HasConversion<int>();
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.HasIndex(a => new { a.OwnerId, a.UpdatedAt });
        builder.HasIndex(a => a.DossierId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Files).WithOne().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
