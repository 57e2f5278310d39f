#include "gleif_columns.hpp"

#include <initializer_list>
#include <string_view>

namespace chainex::generator {
namespace {

using names = std::initializer_list<std::string_view>;

// prefix + each of `parts` (prefix ending in '.' or empty parts giving the prefix itself without its dot).
void add(std::vector<std::string>& columns, const std::string& prefix, names parts) {
  for (const std::string_view part : parts)
    columns.push_back(part.empty() ? prefix.substr(0, prefix.size() - 1) : prefix + std::string(part));
}

// `<prefix><n>.<part>` for n = 1..5.
void add_five(std::vector<std::string>& columns, const std::string& prefix, names parts) {
  for (int n = 1; n <= 5; ++n) add(columns, prefix + std::to_string(n) + ".", parts);
}

void add_address(std::vector<std::string>& columns, const std::string& prefix, bool typed) {
  add(columns, prefix, {"xmllang"});
  if (typed) add(columns, prefix, {"type"});
  add(columns, prefix,
      {"FirstAddressLine", "AddressNumber", "AddressNumberWithinBuilding", "MailRouting", "AdditionalAddressLine.1",
       "AdditionalAddressLine.2", "AdditionalAddressLine.3", "City", "Region", "Country", "PostalCode"});
}

}  // namespace

std::vector<std::string> lei_cdf_columns() {
  std::vector<std::string> columns{"LEI"};
  add(columns, "Entity.LegalName.", {"", "xmllang"});
  add_five(columns, "Entity.OtherEntityNames.OtherEntityName.", {"", "xmllang", "type"});
  add_five(columns, "Entity.TransliteratedOtherEntityNames.TransliteratedOtherEntityName.", {"", "xmllang", "type"});
  add_address(columns, "Entity.LegalAddress.", false);
  add_address(columns, "Entity.HeadquartersAddress.", false);
  for (int n = 1; n <= 5; ++n)
    add_address(columns, "Entity.OtherAddresses.OtherAddress." + std::to_string(n) + ".", true);
  for (int n = 1; n <= 5; ++n)
    add_address(columns, "Entity.TransliteratedOtherAddresses.TransliteratedOtherAddress." + std::to_string(n) + ".",
                true);
  add(columns, "Entity.RegistrationAuthority.",
      {"RegistrationAuthorityID", "OtherRegistrationAuthorityID", "RegistrationAuthorityEntityID"});
  add(columns, "Entity.", {"LegalJurisdiction", "EntityCategory", "EntitySubCategory"});
  add(columns, "Entity.LegalForm.", {"EntityLegalFormCode", "OtherLegalForm"});
  add(columns, "Entity.AssociatedEntity.",
      {"type", "AssociatedLEI", "AssociatedEntityName", "AssociatedEntityName.xmllang"});
  add(columns, "Entity.", {"EntityStatus", "EntityCreationDate", "EntityExpirationDate", "EntityExpirationReason"});
  add_five(columns, "Entity.SuccessorEntity.", {"SuccessorLEI", "SuccessorEntityName", "SuccessorEntity.xmllang"});
  for (int n = 1; n <= 5; ++n) {
    const std::string event = "Entity.LegalEntityEvents.LegalEntityEvent." + std::to_string(n) + ".";
    add(columns, event,
        {"group_type", "event_status", "group_id", "group_sequence_no", "LegalEntityEventType",
         "LegalEntityEventEffectiveDate", "LegalEntityEventRecordedDate", "ValidationDocuments",
         "ValidationReference"});
    add_five(columns, event + "AffectedFields.", {"AffectedField", "field_xpath"});
  }
  add(columns, "Registration.",
      {"InitialRegistrationDate", "LastUpdateDate", "RegistrationStatus", "NextRenewalDate", "ManagingLOU",
       "ValidationSources"});
  add(columns, "Registration.ValidationAuthority.",
      {"ValidationAuthorityID", "OtherValidationAuthorityID", "ValidationAuthorityEntityID"});
  add_five(columns, "Registration.OtherValidationAuthorities.OtherValidationAuthority.",
           {"ValidationAuthorityID", "OtherValidationAuthorityID", "ValidationAuthorityEntityID"});
  columns.emplace_back("ConformityFlag");
  return columns;
}

std::vector<std::string> rr_cdf_columns() {
  std::vector<std::string> columns;
  add(columns, "Relationship.",
      {"StartNode.NodeID", "StartNode.NodeIDType", "EndNode.NodeID", "EndNode.NodeIDType", "RelationshipType",
       "RelationshipStatus"});
  add_five(columns, "Relationship.Period.", {"startDate", "endDate", "periodType"});
  add_five(columns, "Relationship.Qualifiers.", {"QualifierDimension", "QualifierCategory"});
  add_five(columns, "Relationship.Quantifiers.", {"MeasurementMethod", "QuantifierAmount", "QuantifierUnits"});
  add(columns, "Registration.",
      {"InitialRegistrationDate", "LastUpdateDate", "RegistrationStatus", "NextRenewalDate", "ManagingLOU",
       "ValidationSources", "ValidationDocuments", "ValidationReference"});
  return columns;
}

std::vector<std::string> exception_columns() {
  std::vector<std::string> columns{"LEI", "Exception.Category"};
  for (int n = 1; n <= 5; ++n) columns.push_back("Exception.Reason." + std::to_string(n));
  for (int n = 1; n <= 5; ++n) columns.push_back("Exception.Reference." + std::to_string(n));
  add(columns, "Registration.",
      {"InitialRegistrationDate", "LastUpdateDate", "RegistrationStatus", "NextRenewalDate", "ManagingLOU",
       "ValidationSources", "ValidationDocuments", "ValidationReference"});
  return columns;
}

}  // namespace chainex::generator
