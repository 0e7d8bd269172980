using MotCua.Common.Errors;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;

namespace MotCua.UnitTests.Catalog;

public sealed class ProcedureLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 3, 0, 0, DateTimeKind.Utc);
    private static readonly Decision First = new("100/QĐ-UBND", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 15));
    private static readonly Decision Second = new("200/QĐ-UBND", new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1));

    [Fact]
    public void New_procedure_is_a_draft_version_one_with_search_columns_filled()
    {
        var procedure = Procedure.Create(" 1.001193 ", Complete(), "Hộ tịch", Now);

        procedure.Code.ShouldBe("1.001193");
        procedure.Status.ShouldBe(ProcedureStatus.Draft);
        procedure.Draft!.Number.ShouldBe(1);
        procedure.Current.ShouldBeNull();
        procedure.Draft.SearchName.ShouldBe("dang ky ket hon");
        procedure.Draft.SearchText.ShouldContain("1.001193");
        procedure.Draft.SearchText.ShouldContain("ho tich");
    }

    [Fact]
    public void Publishing_records_the_decision_and_makes_the_version_current()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);

        var published = procedure.Publish(First, Now);

        procedure.Status.ShouldBe(ProcedureStatus.Published);
        procedure.Current.ShouldBeSameAs(published);
        procedure.Draft.ShouldBeNull();
        published.PublicationDecision.ShouldBe(First);
        published.PublishedAt.ShouldBe(Now);
    }

    [Fact]
    public void Published_version_cannot_be_revised()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);
        procedure.Publish(First, Now);

        var broken = Should.Throw<BusinessRuleException>(() => procedure.Revise(Complete(), null));

        broken.Rule.ShouldBe(nameof(CatalogRules.OnlyDraftsAreEdited));
        procedure.Current!.Name.ShouldBe("Đăng ký kết hôn");
    }

    [Fact]
    public void Amendment_is_a_new_draft_and_publishing_it_supersedes_the_old_version()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);
        var v1 = procedure.Publish(First, Now);

        var v2 = procedure.Amend(Now);
        var content = v2.ToContent();
        content.ProcessingTimeAmount = 3;
        content.Name = "Đăng ký kết hôn (sửa đổi)";
        procedure.Revise(content, null);

        procedure.Current.ShouldBeSameAs(v1, "the old version stays in force until the amendment is published");
        procedure.Publish(Second, Now);
        v1.Status.ShouldBe(VersionStatus.Superseded);
        v1.SupersededAt.ShouldBe(Now);
        v1.ProcessingTimeAmount.ShouldBe(5);
        v2.Number.ShouldBe(2);
        v2.Status.ShouldBe(VersionStatus.Published);
        v2.ProcessingTimeAmount.ShouldBe(3);
        v2.SearchName.ShouldBe("dang ky ket hon (sua doi)");
        v2.Id.ShouldNotBe(v1.Id);
    }

    [Fact]
    public void Amendment_copies_child_lists_so_the_published_version_is_untouched()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);
        var v1 = procedure.Publish(First, Now);

        var content = procedure.Amend(Now).ToContent();
        content.DossierComponents[0].Name = "Tờ khai mới";
        content.Fees.Add(new ProcedureFee { Name = "Phí mới", AmountVnd = 5_000 });
        procedure.Revise(content, null);

        v1.DossierComponents[0].Name.ShouldBe("Tờ khai đăng ký kết hôn");
        v1.Fees.Count.ShouldBe(1);
        procedure.Draft!.Fees.Count.ShouldBe(2);
    }

    [Fact]
    public void Only_one_draft_at_a_time()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);
        procedure.Publish(First, Now);
        procedure.Amend(Now);

        Should.Throw<BusinessRuleException>(() => procedure.Amend(Now)).Rule.ShouldBe(nameof(CatalogRules.OneDraftAtATime));
    }

    [Fact]
    public void Draft_never_published_cannot_be_amended_or_abolished()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);

        Should.Throw<BusinessRuleException>(() => procedure.Amend(Now)).Rule.ShouldBe(nameof(CatalogRules.OnlyPublishedAreAmended));
        Should.Throw<BusinessRuleException>(() => procedure.Abolish(Second, Now)).Rule.ShouldBe(nameof(CatalogRules.OnlyPublishedAreAbolished));
    }

    [Fact]
    public void Discarding_an_amendment_keeps_the_version_in_force()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);
        var v1 = procedure.Publish(First, Now);
        procedure.Amend(Now);

        procedure.DiscardAmendment();

        procedure.Draft.ShouldBeNull();
        procedure.Current.ShouldBeSameAs(v1);
        procedure.Versions.Count.ShouldBe(1);
    }

    [Fact]
    public void Abolishing_records_the_decision_keeps_history_and_is_final()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);
        var v1 = procedure.Publish(First, Now);

        procedure.Abolish(Second, Now);

        procedure.Status.ShouldBe(ProcedureStatus.Abolished);
        v1.Status.ShouldBe(VersionStatus.Abolished);
        v1.AbolitionDecision.ShouldBe(Second);
        v1.PublicationDecision.ShouldBe(First);
        procedure.Current.ShouldBeNull();
        Should.Throw<BusinessRuleException>(() => procedure.Amend(Now)).Rule.ShouldBe(nameof(CatalogRules.AbolishedIsFinal));
        Should.Throw<BusinessRuleException>(() => procedure.Abolish(Second, Now)).Rule.ShouldBe(nameof(CatalogRules.AbolishedIsFinal));
    }

    [Fact]
    public void Abolishing_with_a_pending_amendment_is_refused()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);
        procedure.Publish(First, Now);
        procedure.Amend(Now);

        Should.Throw<BusinessRuleException>(() => procedure.Abolish(Second, Now)).Rule.ShouldBe(nameof(CatalogRules.DiscardDraftBeforeAbolishing));
    }

    [Fact]
    public void Decision_older_than_the_one_in_force_is_refused()
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);
        procedure.Publish(Second, Now);
        procedure.Amend(Now);

        Should.Throw<BusinessRuleException>(() => procedure.Publish(First, Now)).Rule.ShouldBe(nameof(CatalogRules.DecisionOlderThanCurrent));
    }

    [Theory]
    [InlineData("", 2026, 1, 5)]
    [InlineData("  ", 2026, 1, 5)]
    [InlineData("100/QĐ-UBND", 2025, 12, 31)]
    public void Decision_needs_a_number_and_cannot_take_effect_before_it_is_signed(string number, int year, int month, int day)
    {
        var procedure = Procedure.Create("1.001193", Complete(), null, Now);

        var broken = Should.Throw<BusinessRuleException>(() =>
            procedure.Publish(new Decision(number, new DateOnly(2026, 1, 5), new DateOnly(year, month, day)), Now));

        broken.Rule.ShouldBeOneOf(nameof(CatalogRules.DecisionNumberRequired), nameof(CatalogRules.EffectiveBeforeSigned));
        procedure.Status.ShouldBe(ProcedureStatus.Draft);
    }

    [Fact]
    public void Incomplete_draft_cannot_be_published_and_the_message_lists_what_is_missing()
    {
        var content = Complete();
        content.Sequence = "";
        content.DossierComponents.Clear();
        var procedure = Procedure.Create("1.001193", content, null, Now);

        var broken = Should.Throw<BusinessRuleException>(() => procedure.Publish(First, Now));

        broken.Rule.ShouldBe(nameof(CatalogRules.IncompleteProcedure));
        broken.Message.ShouldContain(CatalogRules.SequenceRequired);
        broken.Message.ShouldContain(CatalogRules.DossierRequired);
        procedure.Draft.ShouldNotBeNull();
    }

    [Fact]
    public void Partly_online_service_must_state_why()
    {
        var content = Complete();
        content.OnlineLevel = OnlineServiceLevel.Partial;
        content.PartialOnlineReason = " ";
        var procedure = Procedure.Create("1.001193", content, null, Now);

        Should.Throw<BusinessRuleException>(() => procedure.Publish(First, Now)).Message.ShouldContain(CatalogRules.PartialReasonRequired);
    }

    [Fact]
    public void Online_level_needs_the_online_channel()
    {
        var content = Complete();
        content.Channels = SubmissionChannels.Direct;
        var procedure = Procedure.Create("1.001193", content, null, Now);

        Should.Throw<BusinessRuleException>(() => procedure.Publish(First, Now)).Message.ShouldContain(CatalogRules.OnlineLevelNeedsOnlineChannel);
    }

    [Fact]
    public void Immediate_processing_needs_no_amount()
    {
        var content = Complete();
        content.ProcessingTimeAmount = 0;
        content.ProcessingTimeUnit = DeadlineUnit.Immediate;

        Procedure.MissingComponents(Procedure.Create("1.001193", content, null, Now).Draft!).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("1 001193")]
    [InlineData("123456789012345678901")]
    public void Code_must_be_non_blank_without_spaces_and_at_most_twenty_characters(string code) =>
        Should.Throw<BusinessRuleException>(() => Procedure.Create(code, Complete(), null, Now)).Rule.ShouldBe(nameof(CatalogRules.CodeInvalid));

    [Fact]
    public void Code_can_be_corrected_before_publication_only()
    {
        var procedure = Procedure.Create("1.00119", Complete(), null, Now);
        procedure.ChangeCode("1.001193", null);
        procedure.Draft!.SearchText.ShouldContain("1.001193");
        procedure.Publish(First, Now);

        Should.Throw<BusinessRuleException>(() => procedure.ChangeCode("1.999999", null)).Rule.ShouldBe(nameof(CatalogRules.CodeFixedOncePublished));
    }

    [Fact]
    public void Revising_keeps_one_link_row_per_agency_and_level()
    {
        var agency = Guid.NewGuid();
        var level = Guid.NewGuid();
        var content = Complete();
        content.Agencies = [(agency, AgencyRole.Performing), (agency, AgencyRole.Deciding)];
        content.LevelIds = [level, level];
        var procedure = Procedure.Create("1.001193", content, null, Now);

        content.Agencies = [(agency, AgencyRole.Deciding)];
        procedure.Revise(content, null);

        procedure.Draft!.Agencies.ShouldHaveSingleItem().Role.ShouldBe(AgencyRole.Deciding);
        procedure.Draft.Levels.ShouldHaveSingleItem();
    }

    internal static ProcedureContent Complete() => new()
    {
        Name = "Đăng ký kết hôn",
        FieldId = Guid.NewGuid(),
        Sequence = "Bước 1: Nộp hồ sơ.\nBước 2: Giải quyết.",
        Channels = SubmissionChannels.Direct | SubmissionChannels.Online,
        ProcessingTimeAmount = 5,
        ProcessingTimeUnit = DeadlineUnit.WorkingDays,
        Subjects = "Công dân Việt Nam",
        Result = "Giấy chứng nhận kết hôn",
        OnlineLevel = OnlineServiceLevel.Full,
        DossierComponents = [new DossierComponent { Name = "Tờ khai đăng ký kết hôn" }],
        Fees = [new ProcedureFee { Name = "Lệ phí", AmountVnd = 0 }],
        LegalBases = [new LegalBasis { Number = "60/2014/QH13", Title = "Luật Hộ tịch" }],
        LevelIds = [Guid.NewGuid()],
        Agencies = [(Guid.NewGuid(), AgencyRole.Performing)],
    };
}
