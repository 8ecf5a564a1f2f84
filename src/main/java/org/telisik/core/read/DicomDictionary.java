package org.telisik.core.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header attributes Telisik reports from a DICOM file: tag, keyword (the column name) and VR (needed to
 * decode implicit-VR files). Every DICOM dataset gets all these columns in this order, so that the headers
 * of many files have the same shape and can be merged.
 */
final class DicomDictionary {
    record Attribute(int tag, String keyword, String vr) {
    }

    private static final Map<Integer, Attribute> BY_TAG = new LinkedHashMap<>();

    static {
        add(0x00080005, "SpecificCharacterSet", "CS");
        add(0x00080008, "ImageType", "CS");
        add(0x00080016, "SOPClassUID", "UI");
        add(0x00080018, "SOPInstanceUID", "UI");
        add(0x00080020, "StudyDate", "DA");
        add(0x00080021, "SeriesDate", "DA");
        add(0x00080030, "StudyTime", "TM");
        add(0x00080050, "AccessionNumber", "SH");
        add(0x00080060, "Modality", "CS");
        add(0x00080070, "Manufacturer", "LO");
        add(0x00080080, "InstitutionName", "LO");
        add(0x00080081, "InstitutionAddress", "ST");
        add(0x00080090, "ReferringPhysicianName", "PN");
        add(0x00081010, "StationName", "SH");
        add(0x00081030, "StudyDescription", "LO");
        add(0x0008103E, "SeriesDescription", "LO");
        add(0x00081040, "InstitutionalDepartmentName", "LO");
        add(0x00081050, "PerformingPhysicianName", "PN");
        add(0x00081060, "NameOfPhysiciansReadingStudy", "PN");
        add(0x00081090, "ManufacturerModelName", "LO");
        add(0x00100010, "PatientName", "PN");
        add(0x00100020, "PatientID", "LO");
        add(0x00100021, "IssuerOfPatientID", "LO");
        add(0x00100030, "PatientBirthDate", "DA");
        add(0x00100040, "PatientSex", "CS");
        add(0x00101000, "OtherPatientIDs", "LO");
        add(0x00101001, "OtherPatientNames", "PN");
        add(0x00101010, "PatientAge", "AS");
        add(0x00101020, "PatientSize", "DS");
        add(0x00101030, "PatientWeight", "DS");
        add(0x00101040, "PatientAddress", "LO");
        add(0x00102154, "PatientTelephoneNumbers", "SH");
        add(0x001021B0, "AdditionalPatientHistory", "LT");
        add(0x00104000, "PatientComments", "LT");
        add(0x00180015, "BodyPartExamined", "CS");
        add(0x00181030, "ProtocolName", "LO");
        add(0x0020000D, "StudyInstanceUID", "UI");
        add(0x0020000E, "SeriesInstanceUID", "UI");
        add(0x00200010, "StudyID", "SH");
        add(0x00200011, "SeriesNumber", "IS");
        add(0x00200013, "InstanceNumber", "IS");
        add(0x00280010, "Rows", "US");
        add(0x00280011, "Columns", "US");
        add(0x00321032, "RequestingPhysician", "PN");
        add(0x00321060, "RequestedProcedureDescription", "LO");
        add(0x00400244, "PerformedProcedureStepStartDate", "DA");
        add(0x00400254, "PerformedProcedureStepDescription", "LO");
    }

    private DicomDictionary() {
    }

    private static void add(int tag, String keyword, String vr) {
        BY_TAG.put(tag, new Attribute(tag, keyword, vr));
    }

    static Attribute find(int tag) {
        return BY_TAG.get(tag);
    }

    /** Position of the attribute's column, -1 when Telisik does not report it. */
    static int column(int tag) {
        int i = 0;
        for (Integer t : BY_TAG.keySet()) {
            if (t == tag) {
                return i;
            }
            i++;
        }
        return -1;
    }

    static List<String> keywords() {
        List<String> names = new ArrayList<>();
        BY_TAG.values().forEach(a -> names.add(a.keyword()));
        return names;
    }
}
