using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Dossiers.Online.Data;

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

    public Guid Id { get; set; }

    /// <summary>The citizen account that fills it in.</summary>
    public Guid OwnerId { get; set; }

    /// <summary>The organisation the citizen applies for (they must be a member); null for themself.</summary>
    public Guid? OrganisationId { get; set; }

    public string ProcedureCode { get; set; } = "";

    public Guid ProcedureVersionId { get; set; }

    /// <summary>The competent agency the citizen chose (routing by competence, never by where they live).</summary>
    public Guid? AgencyId { get; set; }

    public string ApplicantName { get; set; } = "";

    public string? IdentityNumber { get; set; }

    public string? TaxCode { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>The e-form values, a JSON object of name → text (<c>EFormValues</c>).</summary>
    public string Values { get; set; } = "{}";

    /// <summary>Counter, Postal or Online (the dossiers' <c>ReturnMethod</c> names).</summary>
    public string ReturnMethod { get; set; } = "Online";

    /// <summary>Where the result is posted, when by post.</summary>
    public string? PostalAddress { get; set; }

    public ApplicationStatus Status { get; set; }

    public Guid? DossierId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    /// <summary>Changes with every save: two tabs or a double click cannot both save or submit the same state.</summary>
    public Guid Revision { get; set; }

    public List<OnlineApplicationFile> Files { get; } = [];
}

/// <summary>A file given for one component: uploaded, or taken from the citizen's document wallet.</summary>
internal sealed class OnlineApplicationFile
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>The component's position in the procedure version (from 1).</summary>
    public int ComponentPosition { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public string StoragePath { get; set; } = "";

    /// <summary>The wallet document this file was taken from (tái sử dụng), if any.</summary>
    public Guid? WalletDocumentId { get; set; }

    public DateTime AddedAt { get; set; }
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

internal sealed class OnlineApplicationFileConfiguration : IEntityTypeConfiguration<OnlineApplicationFile>
{
    public void Configure(EntityTypeBuilder<OnlineApplicationFile> builder)
    {
        builder.ToTable("OnlineApplicationFiles");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.StoragePath).HasMaxLength(200);
        builder.HasIndex(f => f.ApplicationId);
    }
}
