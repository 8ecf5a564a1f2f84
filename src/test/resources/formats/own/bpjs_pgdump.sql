--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6
-- Dumped by pg_dump version 15.6

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.peserta (
    no_kartu character varying(13) NOT NULL,
    nik character(16),
    nama text NOT NULL,
    faskes text,
    kelas smallint
);

ALTER TABLE public.peserta OWNER TO bpjs;

CREATE TABLE public.klaim (
    id integer NOT NULL,
    no_kartu character varying(13),
    diagnosa character varying(10),
    biaya numeric(14,2)
);

COPY public.peserta (no_kartu, nik, nama, faskes, kelas) FROM stdin;
0001234567890	3578015507920001	Rina Marlina	Puskesmas Kenjeran	3
0001234567891	\N	Bambang Sutrisno	RS Haji\tSurabaya	1
0001234567892	3578010101700003	Sri Rahayu\\Wati	Klinik "Sehat"	2
\.

COPY public.klaim (id, no_kartu, diagnosa, biaya) FROM stdin;
1	0001234567890	J06.9	150000.00
2	0001234567892	E11.9	2750000.50
\.

ALTER TABLE ONLY public.peserta
    ADD CONSTRAINT peserta_pkey PRIMARY KEY (no_kartu);

--
-- PostgreSQL database dump complete
--
