# accord: build, run and test.  `make run` and `make check` install what is
# missing from Debian (as root) and build first; see README.md.

CC      ?= gcc
PKGS    := sqlite3 jansson libutf8proc libxml-2.0 zlib libmicrohttpd libsodium icu-i18n icu-uc
DEBS    := gcc make pkg-config libsqlite3-dev sqlite3 libjansson-dev libutf8proc-dev \
           libxml2-dev libxml2-utils zlib1g-dev libmicrohttpd-dev libsodium-dev iso-codes \
           gettext libicu-dev
# What the tests need besides: the scorer and an iCalendar parser (python3),
# Node.js for Playwright, and Debian's Chromium for the browser tests, with a
# Han font (5 MB) so that the zh-Hans screenshots show characters, not boxes.
CHECK_DEBS := python3 python3-icalendar nodejs chromium fonts-wqy-microhei

SAN     ?=
ifeq ($(SAN),1)
BUILD   ?= build-san
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
OPT     := -O1 -g
else
BUILD   ?= build
SANFLAGS :=
OPT     := -O2 -g
endif

WARN    := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-unused-parameter
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS  += $(OPT) $(WARN) $(SANFLAGS) -D_GNU_SOURCE -Iinclude -Isrc $(PKG_CFLAGS)
LDFLAGS += $(SANFLAGS)
LDLIBS  += $(PKG_LIBS) -lm -lpthread

LIB_SRC  := $(sort $(wildcard src/base/*.c src/doc/*.c src/kb/*.c src/recognize/*.c \
            src/resolve/*.c src/extract/*.c src/record/*.c src/store/*.c src/track/*.c src/web/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/*.c))
DATA     := $(sort $(wildcard data/*.tsv))

PO       := $(sort $(wildcard po/*.po))
MO       := $(PO:po/%.po=$(BUILD)/gen/%.mo)

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/data.o $(BUILD)/gen/i18n.o
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)

.PHONY: all deps run check test unit cli golden golden-update san fmt clean bench pot

all: deps $(BUILD)/accord

# Install missing Debian packages when root; otherwise say exactly what to run.
deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	case " $(DEBS) " in *" nodejs "*) command -v npm >/dev/null || missing="$$missing npm";; esac; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "accord needs Debian packages; run:"; \
	    echo "  sudo apt-get install -y $$missing"; exit 1; \
	  fi; \
	fi

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

# The knowledge base's data files are compiled into the library.
$(BUILD)/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -std=c11 -Wall -Wextra -Werror -o $@ $<

# ISO 3166-1 names, Russian and Chinese included, come from Debian's iso-codes.
ISO_DIR  ?= /usr/share/iso-codes/json
ISO_MO   ?= /usr/share/locale
$(BUILD)/kbgen: tools/kbgen.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -std=c11 -Wall -Wextra -Werror $(shell pkg-config --cflags jansson 2>/dev/null) -o $@ $< $(shell pkg-config --libs jansson 2>/dev/null || echo -ljansson)

$(BUILD)/gen/iso-states.tsv: $(BUILD)/kbgen $(ISO_DIR)/iso_3166-1.json
	@mkdir -p $(dir $@)
	$(BUILD)/kbgen $(ISO_DIR)/iso_3166-1.json $(ISO_MO)/ru/LC_MESSAGES/iso_3166-1.mo \
	  $(ISO_MO)/zh_CN/LC_MESSAGES/iso_3166-1.mo > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/data.c: $(BUILD)/embed $(DATA) $(BUILD)/gen/iso-states.tsv
	@mkdir -p $(dir $@)
	$(BUILD)/embed $(DATA) $(BUILD)/gen/iso-states.tsv > $@

$(BUILD)/gen/data.o: $(BUILD)/gen/data.c
	$(CC) $(OPT) $(SANFLAGS) -c $< -o $@

# The interface's languages (README: Languages): po/*.po compiled by msgfmt
# (-c checks headers and that every printf format keeps its arguments) and
# embedded like the data, so `accord serve` reads no installed catalogue.
# embed names its array accord_data_files; this one is accord_po_files.
$(BUILD)/gen/%.mo: po/%.po
	@mkdir -p $(dir $@)
	msgfmt -c -o $@ $<

$(BUILD)/gen/i18n.c: $(BUILD)/embed $(MO)
	@mkdir -p $(dir $@)
	$(BUILD)/embed $(MO) | sed 's/accord_data_files/accord_po_files/' > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/i18n.o: $(BUILD)/gen/i18n.c
	$(CC) $(OPT) $(SANFLAGS) -c $< -o $@

# The template of every message of the pages: T(req, "..."), N_("...") in
# tables, NC_("ctx", "...") for data labels, web_error's formats.  Then
# msgmerge brings each catalogue up to it (new messages untranslated).
XGETTEXT_FLAGS := --language=C --from-code=UTF-8 -c --sort-by-file --no-wrap --package-name=accord \
           --keyword= --keyword=T:2 --keyword=N_ --keyword=NC_:1c,2 --keyword=web_error:4 \
           --flag=web_error:4:c-format --flag=T:2:pass-c-format
# tests/cli/t-i18n.sh compares a fresh template with po/accord.pot.
$(BUILD)/gen/accord.pot: $(sort $(wildcard src/web/*.c))
	@mkdir -p $(dir $@)
	@xgettext $(XGETTEXT_FLAGS) -o $@ $^

pot: $(BUILD)/gen/accord.pot
	cp $< po/accord.pot
	@for p in $(PO); do msgmerge -q --no-wrap --update --backup=none $$p po/accord.pot; done

$(BUILD)/libaccord.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/accord: $(CLI_OBJ) $(BUILD)/libaccord.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libaccord.a $(LDLIBS)

$(BUILD)/test-unit: $(TEST_OBJ) $(BUILD)/libaccord.a
	$(CC) $(LDFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libaccord.a $(LDLIBS)

$(BUILD)/tests/%.o: CFLAGS += -Itests

ACCORD_CORPUS ?= $(if $(wildcard ../shared/corpus),../shared/corpus,)
export ACCORD_CORPUS

# The main job: ingest the corpus into the registry, then serve the web
# application and the JSON API on $(LISTEN) until Ctrl-C.
LISTEN ?= 127.0.0.1:8080
run: all
	@if [ -z "$(ACCORD_CORPUS)" ]; then echo "no corpus: set ACCORD_CORPUS=DIR" >&2; exit 2; fi
	$(BUILD)/accord ingest "$(ACCORD_CORPUS)"
	@$(BUILD)/accord list stats --format table
	$(BUILD)/accord serve --listen $(LISTEN)

# All tests; the last line is "N passed, N failed".
check: DEBS += $(CHECK_DEBS)
check: all $(BUILD)/test-unit
	@BUILD=$(BUILD) sh tests/check.sh

san:
	$(MAKE) SAN=1 check

golden-update: all
	@BUILD=$(BUILD) sh tests/golden/update.sh

fmt:
	clang-format -i $(LIB_SRC) $(CLI_SRC) $(TEST_SRC) $(wildcard src/*/*.h tests/*.h)

bench: all
	@$(MAKE) -C bench

clean:
	rm -rf build build-san

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
